-- Paces each connection: a request, then 28 ms of rest, about 34 requests a second on each of 64 connections, a
-- little over 2,000 a second in all (wrk without pacing saturates both cores, and then measures its own queue).
function delay()
  return 28
end
