-- Paces each connection of the plan page's run: a request, then 150 ms of rest, so 16 connections offer about
-- 100 views a second (wrk without pacing saturates both cores and then measures its own queue).
function delay()
  return 150
end
