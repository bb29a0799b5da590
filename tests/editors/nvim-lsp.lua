-- nvim-lsp.lua: goalcheck --lsp driven by Neovim's own client, headless (tests/editors/nvim).
-- Neovim 0.7 (Debian 12) has vim.lsp.start_client and buf_attach_client, not vim.lsp.start.
-- The client is started by the setup doc/editors.md gives, which tests/editors/nvim loads as
-- the init file.  GOALS names the goals file to open.  Says "nvim: ok" and quits with status
-- 0, or says what failed and quits with status 1.
local goals = os.getenv("GOALS")
local failures = 0

local function check(what, ok)
  if not ok then
    io.stdout:write("FAIL nvim: " .. what .. "\n")
    failures = failures + 1
  end
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local on_disk = read(goals)
vim.cmd("edit " .. vim.fn.fnameescape(goals))
local buf = vim.api.nvim_get_current_buf()
local client = vim.g.goalcheck_client
check("the setup of doc/editors.md starts the client", client ~= nil)

-- 1. The diagnostics: their count, rules and places (0-based lines, byte columns: Neovim
-- turns the server's UTF-16 columns into bytes, so "Never" after an emoji and two CJK
-- characters must land on its own first byte).
check("diagnostics arrive", vim.wait(5000, function() return #vim.diagnostic.get(buf) > 0 end, 10))
local got = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(got, string.format("%d:%d %s", d.lnum, d.col, d.code))
end
table.sort(got)
-- walk's "for the next 6 weeks" has no start to count from: floating-deadline offers the date.
local want = { "2:4 no-relevance", "3:10 no-deadline", "3:10 no-measure",
  "3:23 absolutist-wording", "3:29 vague-wording", "5:28 floating-deadline" }
check("the diagnostics are " .. table.concat(want, ", ") .. "; got " .. table.concat(got, ", "),
  table.concat(got, "|") == table.concat(want, "|"))

-- 2. Hover on the first goal.
local pos = { textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = 3, character = 6 } }
local replies = vim.lsp.buf_request_sync(buf, "textDocument/hover", pos, 5000) or {}
local hover = replies[client] and replies[client].result
check("hover shows the goal's letters",
  hover ~= nil and hover.contents.value:find("**goal calm**: S ✗", 1, true) ~= nil)

-- 3. The quick fix "Rewrite as a SMART draft", applied to the buffer.
local params = { textDocument = pos.textDocument,
  range = { start = { line = 3, character = 0 }, ["end"] = { line = 3, character = 0 } },
  context = { diagnostics = {} } }
replies = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 5000) or {}
local draft
for _, a in ipairs(replies[client] and replies[client].result or {}) do
  if a.title == "Rewrite as a SMART draft" then draft = a end
end
check("the code actions offer a SMART draft", draft ~= nil)
if draft then
  vim.lsp.util.apply_workspace_edit(draft.edit, "utf-16")
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
  check("the draft is in the buffer", text:find("# TODO:", 1, true) ~= nil)
  check("the draft keeps the id", text:find("- id: calm", 1, true) ~= nil)
end

-- 4. The file on disk is the server's to read, never to write: unchanged until :write.
check("the file on disk is unchanged", read(goals) == on_disk)
vim.cmd("silent write")
check("after :write the file holds the buffer",
  read(goals) == table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n")

-- 5. goalcheck on the written file finds in the drafted goal only what its "# TODO:"
-- questions ask (how many: the measure's target; by when: the deadline), and no-relevance,
-- which a redraft leaves to the person (it replaces the goal, measure and deadline only).
local report = vim.fn.json_decode(vim.fn.system({ "goalcheck", "--format", "json", goals }))
local rules = {}
for _, f in ipairs(report and report.findings or {}) do
  if f.goal == "calm" then table.insert(rules, f.rule) end
end
table.sort(rules)
check("the drafted goal has only its questions left; got " .. table.concat(rules, ", "),
  table.concat(rules, ",") == "incomplete-measure,no-deadline,no-relevance")
local todos = select(2, read(goals):gsub("# TODO:", ""))
check("the draft asks two questions; it asks " .. todos, todos == 2)

vim.lsp.stop_client(client)
if failures == 0 then
  io.stdout:write("nvim: ok\n")
  vim.cmd("qall!")
else
  vim.cmd("cquit 1")
end
