-- Run by test/nvim.test.ts: Neovim's own LSP client starts `zklint lsp --stdio`, opens a config and
-- writes the diagnostics it received to ZKLINT_OUT as JSON. Works with Neovim 0.7+ (start_client).
local node, cli, file, out = os.getenv('ZKLINT_NODE'), os.getenv('ZKLINT_CLI'), os.getenv('ZKLINT_FILE'), os.getenv('ZKLINT_OUT')
local dir = vim.fn.fnamemodify(file, ':h')
local client_id = vim.lsp.start_client({ name = 'zklint', cmd = { node, cli, 'lsp', '--stdio' }, root_dir = dir, init_options = { onHost = true } }) -- as on the server: the data dir is read
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
local got = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local rows = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(rows, { lnum = d.lnum, col = d.col, severity = d.severity, source = d.source, message = d.message, code = d.code or lsp.code })
end
local f = assert(io.open(out, 'w'))
f:write(vim.json.encode({ received = got, diagnostics = rows }))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
