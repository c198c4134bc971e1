-- wrk script of bench/run (issue 18): counts the answers by HTTP status, which wrk alone does not (it only counts
-- "non-2xx or 3xx", so a 302 to /login or a 503 would pass unseen), and prints them at the end as one line:
--   statuses 200=5123 503=12
-- With BUST=1 in the environment, every request also carries a query string of its own (?x=<thread>-<counter>,
-- or &x=... after an existing one), so that no two requests name the same address: the cache-busting run.
--
--   wrk -s bench/wrk.lua URL          BUST=1 wrk -s bench/wrk.lua URL

local threads = {}
local next_id = 0

function setup(thread)
    next_id = next_id + 1
    thread:set("id", next_id)
    table.insert(threads, thread)
end

statuses = {}

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

if os.getenv("BUST") == "1" then
    local counter = 0
    local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"

    function request()
        counter = counter + 1
        return wrk.format(nil, wrk.path .. separator .. "x=" .. id .. "-" .. counter)
    end
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    local codes = {}
    for status in pairs(total) do
        table.insert(codes, status)
    end
    table.sort(codes)
    local parts = {}
    for _, status in ipairs(codes) do
        table.insert(parts, status .. "=" .. total[status])
    end
    io.write("statuses " .. table.concat(parts, " ") .. "\n")
end
