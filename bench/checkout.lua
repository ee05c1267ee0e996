-- wrk script: every request checks out the next prepared cart (one line each), its id as the
-- Idempotency-Key; threads take every n-th cart so no cart is checked out twice.
--   wrk -t2 ... -s bench/checkout.lua http://127.0.0.1:18081 -- <carts file> <consortium> <threads>
local threads = {}
local next_id = 0

function setup(thread)
    thread:set("thread_id", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
end

function init(args)
    carts, position, shop = {}, 1, args[2]
    created, refused, other = 0, 0, 0
    local n = 0
    for line in io.lines(args[1]) do
        if n % tonumber(args[3]) == thread_id then
            table.insert(carts, line)
        end
        n = n + 1
    end
end

local body = '{"email":"bench@example.fr","shippingAddress":{"name":"Bench Shopper","line1":"1 rue des Tisserands",'
    .. '"city":"Lyon","postalCode":"69001","country":"FR"}}'

function request()
    local cart = carts[position]
    if cart == nil then
        return wrk.format("GET", "/q/health/live")
    end
    position = position + 1
    return wrk.format("POST", "/api/v1/store/" .. shop .. "/carts/" .. cart .. "/checkout",
        { ["Content-Type"] = "application/json", ["Idempotency-Key"] = cart }, body)
end

function response(status)
    if status == 201 then created = created + 1
    elseif status == 409 then refused = refused + 1
    elseif status ~= 200 then other = other + 1 end
end

function done(summary, latency, requests)
    local c, r, o, left = 0, 0, 0, 0
    for _, thread in ipairs(threads) do
        c = c + thread:get("created")
        r = r + thread:get("refused")
        o = o + thread:get("other")
    end
    io.write(string.format("orders %d, refused %d, other %d\n", c, r, o))
end
