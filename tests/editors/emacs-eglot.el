;;; emacs-eglot.el: goalcheck --lsp driven by Emacs's eglot, in batch (tests/editors/emacs).
;; Debian 12 has Emacs 28 with eglot 1.9 (elpa-eglot) and yaml-mode (elpa-yaml-mode); Emacs 29
;; has eglot built in.  The client is started by the setup doc/editors.md gives, which
;; tests/editors/emacs loads first.  GOALS names the goals file to open.  Says "emacs: ok" and
;; exits with status 0, or says what failed and exits with status 1.
(require 'eglot)
(require 'flymake)
;; Its autoloads (.yaml to yaml-mode) are what an interactive Emacs loads at start-up.
(require 'yaml-mode)

(defvar goalkit-failures 0)

(defun goalkit-check (what ok)
  (unless ok
    (princ (format "FAIL emacs: %s\n" what))
    (setq goalkit-failures (1+ goalkit-failures))))

(defun goalkit-wait (pred seconds)
  "Runs timers and reads the server until PRED is true or SECONDS pass; returns PRED.
Batch Emacs is never idle, so the idle timers are run here by hand: eglot sends a change,
and flymake starts a check, from one."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      (mapc #'timer-event-handler (copy-sequence timer-idle-list)))
    (funcall pred)))

(defun goalkit-read (path)
  (with-temp-buffer
    (set-buffer-multibyte nil)
    (insert-file-contents-literally path)
    (buffer-string)))

(defun goalkit-found ()
  "Flymake's diagnostics as \"LINE:COLUMN RULE\", sorted: 1-based lines, columns in
characters (eglot turns the server's UTF-16 units into them), the rule from the text."
  (sort (mapcar (lambda (d)
                  (let ((beg (flymake-diagnostic-beg d))
                        (text (flymake-diagnostic-text d)))
                    (format "%d:%d %s" (line-number-at-pos beg)
                            (save-excursion (goto-char beg) (- beg (line-beginning-position)))
                            (if (string-match "\\[\\([a-z-]+\\)\\]" text)
                                (match-string 1 text) text))))
                (flymake-diagnostics))
        #'string<))

(defun goalkit-word-of (rule)
  "The text under RULE's diagnostic."
  (let ((d (seq-find (lambda (d) (string-match-p (format "\\[%s\\]" rule)
                                                 (flymake-diagnostic-text d)))
                     (flymake-diagnostics))))
    (and d (buffer-substring-no-properties (flymake-diagnostic-beg d)
                                           (flymake-diagnostic-end d)))))

(let* ((goals (getenv "GOALS"))
       (on-disk (goalkit-read goals))
       server)
  (find-file goals)
  ;; eglot-ensure connects after the next command; batch Emacs runs none.
  (run-hooks 'post-command-hook)
  (setq server (eglot-current-server))
  (goalkit-check "the setup of doc/editors.md starts eglot in yaml-mode" server)

  ;; 1. The diagnostics, through flymake: their rules and places, "Never" after an emoji and
  ;; two CJK characters on its own first character.
  (goalkit-check "diagnostics arrive" (goalkit-wait #'flymake-diagnostics 20))
  ;; walk's "for the next 6 weeks" has no start to count from: floating-deadline gives the date.
  (let ((want '("3:4 no-relevance" "4:10 no-deadline" "4:10 no-measure"
                "4:16 absolutist-wording" "4:22 vague-wording" "6:28 floating-deadline")))
    (goalkit-check (format "the diagnostics are %S; got %S" want (goalkit-found))
                   (equal (goalkit-found) want)))
  (goalkit-check "absolutist-wording is under \"Never\""
                 (equal (goalkit-word-of "absolutist-wording") "Never"))

  ;; 2. Hover on the first goal, asked as eglot asks it.
  (goto-char (point-min))
  (forward-line 3)
  (let ((hover (and server (jsonrpc-request server :textDocument/hover
                                            (eglot--TextDocumentPositionParams)))))
    (goalkit-check "hover shows the goal's letters"
                   (and hover (string-match-p "\\*\\*goal calm\\*\\*: S ✗"
                                              (plist-get (plist-get hover :contents) :value)))))

  ;; 3. An edit is judged again: without "Never" and "feel", their findings go.
  (goto-char (point-min))
  (search-forward "Never feel anxious again")
  (replace-match "Breathe slowly for 5 minutes each day for the next 6 weeks")
  (goalkit-check (format "after the edit, absolutist-wording and vague-wording go; got %S"
                         (goalkit-found))
                 (goalkit-wait (lambda ()
                                 (and (flymake-diagnostics)
                                      (not (goalkit-word-of "absolutist-wording"))
                                      (not (goalkit-word-of "vague-wording"))))
                               20))

  ;; 4. The file on disk is the server's to read, never to write.
  (goalkit-check "the file on disk is unchanged" (equal (goalkit-read goals) on-disk))

  (when server
    (eglot-shutdown server))
  (set-buffer-modified-p nil)
  (if (> goalkit-failures 0)
      (kill-emacs 1)
    (princ "emacs: ok\n")
    (kill-emacs 0)))
