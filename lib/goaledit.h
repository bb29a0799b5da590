/* goaledit.h: editing the text of a goals file in place (adding goals, replacing one goal's
 * fields) so that every byte outside the edit stays as it was: comments, blank lines, key
 * order, quoting and line endings.
 *
 * The edits work on the text and on the positions the YAML tree (ytree.h) records; they never
 * write the tree back out, which would lose what a person wrote around their values. */
#ifndef GOALKIT_GOALEDIT_H
#define GOALKIT_GOALEDIT_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"
#include "diag.h"
#include "goals.h"

/* The rule of the one finding an edit that is refused reports (an error): where the file's
 * shape leaves no safe place for the edit, at LINE:COL when there is one to name. */
#define GOALEDIT_REFUSED "edit-refused"

/* One key of a goal to write.  value is YAML text on one line (a plain or quoted scalar or a
 * flow collection, see goaledit_scalar); a key with sub-keys (measure) has value NULL and its
 * keys in sub[0..nsub).  A key whose value is NULL and nsub 0 is not written: only its todo,
 * a question left as a "# TODO:" comment line where the key would go. */
struct gfield {
	const char *key;
	const char *value;
	const char *todo;
	const struct gfield *sub;
	size_t nsub;
	const char *note;       /* a comment above the key that is no question, or NULL */
};

/* A goal to write: its keys, in the order they are written. */
struct gitem {
	const struct gfield *f;
	size_t n;
};

/* Text for a comment, in a of the arena: every byte YAML would break a line at or refuse (a
 * control, NEL, LS, PS, U+FEFF, U+FFFE, U+FFFF) made a space, so that the comment stays one
 * comment: "# a second goal: ..." quotes the person's words. */
char *goaledit_comment(struct arena *a, const char *s, size_t len);

/* A YAML scalar for the len bytes of s: plain when YAML would read it back as the same text,
 * else double-quoted with escapes.  flow: the text will stand inside [ ] or { }, where , [ ] { }
 * need quotes too.  The result is allocated from a (it lives as long as a). */
char *goaledit_scalar(struct arena *a, const char *s, size_t len, int flow);

/* Writes items as a block list, "- " at column indent + 1, each line ended by eol, todos as
 * "# TODO:" comments: the form smartify prints and appends. */
void goaledit_write_block(FILE *fp, const struct gitem *items, size_t n, int indent,
    const char *eol);

/* The edited text, malloc'd, with a NUL after its len bytes; free with free(). */
struct goaledit_out {
	char *data;
	size_t len;
};

/* Adds items to the `goals:` list of src (len bytes), which g was loaded from: after the last
 * goal of a block list (with the blank line between goals when the file has them, in the
 * list's own indentation), inside a flow list [ ... ], or under a new `goals:` key at the end
 * of the file when there is none.  New lines use the file's line ending (CRLF or LF).
 * Returns 0 with out set, or -1 with the reason, for a person, as one finding in d when the
 * file's shape leaves no place to add goals (`goals:` is not a list, the top level is not a
 * mapping, the text is not UTF-8, the list ends with an *alias of a goal written before it),
 * or when the edited text, read back, is not the old file with these goals added and all
 * else as it was: a key whose value is an *alias of the list would gain them too, say.  The
 * finding has a line and column when there is a place to name.  An anchor or a tag on
 * `goals:` stays. */
int goaledit_append(const char *src, size_t len, const struct goals *g,
    const struct gitem *items, size_t n, struct goaledit_out *out, struct diags *d);

/* Sets the keys fields[0..n) of the goal whose id is id, in place: a key the goal has gets its
 * value replaced; a key it lacks is added after the goal's last key.  A measure is edited key by
 * key, so that it keeps the tag or metric its journal already uses, unless it counts a tag where
 * the new one averages a metric (or the other way round): then it is replaced whole.  Questions are
 * added as "# TODO:" lines above the key they are about, in a block goal.  A field with no value
 * and no sub-keys leaves the goal's key as it is.  Returns 0 with out set, or -1 with the reason
 * as one finding in d when there is no goal with that id (the finding names the ids there are),
 * the goal is not a mapping, one of its values (or its measure's) is an *alias of a node outside
 * it, which the edit would change there, or the edit would change a byte outside the goal, or the
 * edited text, read back, is not the old file with only these keys of the goal changed (an *alias
 * of the goal's text elsewhere in it would change too, say).  These last two guard against any
 * file shape the edits get wrong.  An anchor or a tag on a value replaced stays. */
int goaledit_replace(const char *src, size_t len, const struct goals *g, const char *id,
    const struct gfield *fields, size_t n, struct goaledit_out *out, struct diags *d);

/* Turns rule (a name from rules.h) off for goal i of g alone, with the inline comment goals.h
 * reads: ", RULE" added to the goal's `# goalcheck: disable=` comment when it has one, else
 * " # goalcheck: disable=RULE" after the first of its lines that has no comment.  Returns 0
 * with out set, or -1 with the reason as one finding in d when the rule cannot be turned off
 * (yaml-syntax, a name that is no rule), is off already, or no line of the goal takes the
 * comment without changing what the file says (read back, it must be the same tree with the
 * rule off). */
int goaledit_disable(const char *src, size_t len, const struct goals *g, size_t i,
    const char *rule, struct goaledit_out *out, struct diags *d);

/* Puts text (a word: a key, an id, a value) in place of the scalar that starts at 1-based
 * line:col, on one line, quoted if YAML needs it: a "did you mean" fixed.  Returns 0 with out
 * set, or -1 with the reason as one finding in d when no such scalar starts there, or when
 * the file, read back, would be other than the same tree with that one text changed (an
 * *alias of it elsewhere, say). */
int goaledit_retext(const char *src, size_t len, const struct goals *g, int line, int col,
    const char *text, struct goaledit_out *out, struct diags *d);

#endif
