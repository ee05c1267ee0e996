-- wrk script: every request GETs the next path of a file (one path a line, e.g. product pages with
-- different ids), so a run does not ask for one cached row over and over. Each thread starts at its
-- own place in the list and goes round it. Requests are built once, in init: request() only hands
-- out the next string, so the script costs the load generator next to nothing. No response()
-- function on purpose: with one, wrk would hand every answer's headers and body to Lua.
--   wrk -t2 -c32 -d30s -s bench/paths.lua http://127.0.0.1:18080 -- <paths file>
local next_id = 0

function setup(thread)
    thread:set("thread_id", next_id)
    next_id = next_id + 1
end

function init(args)
    requests = {}
    for path in io.lines(args[1]) do
        if path ~= "" then
            table.insert(requests, wrk.format("GET", path))
        end
    end
    if #requests == 0 then
        error("no paths in " .. args[1])
    end
    position = 1 + (thread_id * 7919) % #requests
end

function request()
    local r = requests[position]
    position = position % #requests + 1
    return r
end
