-- Counts responses that are not a whole page: a wrong status, or a body that does not
-- end the HTML document. Each wrk thread counts in its own Lua state; done() (in the
-- main state) adds up the threads' counts and prints them for serve_load.sh.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  wrong = 0
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, "</html>", 1, true) then
    wrong = wrong + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("wrong")
  end
  io.write(string.format("wrong bodies: %d\n", total))
end
