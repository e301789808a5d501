-- Paces each connection: about 31 requests a second on each of 64 connections, about 2,000 a second in all
-- (wrk without pacing saturates both cores, and then measures its own queue).
function delay()
  return 30
end
