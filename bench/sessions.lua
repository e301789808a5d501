-- Gives wrk's requests sessions of their own, as viewers have (one cookie per line in the file named by SESSIONS,
-- taken in turn), as many viewers have: not one session's row read and locked by every request.
local cookies = {}
local next_cookie = 0

function setup(thread)
  thread:set("offset", next_cookie)
  next_cookie = next_cookie + 1
end

function init(args)
  for line in io.lines(os.getenv("SESSIONS")) do
    cookies[#cookies + 1] = line
  end
  counter = offset
end

function request()
  counter = counter + 1
  local cookie = cookies[(counter % #cookies) + 1]
  return wrk.format(nil, nil, { ["Cookie"] = "HAVEN_SESSION=" .. cookie })
end
