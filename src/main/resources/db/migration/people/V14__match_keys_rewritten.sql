-- The words of names are now coded with the Swedish, Danish and Dutch sj, tj and zj and the French dj (Sjevtjenko
-- meets Shevchenko), more short forms have their names (Gigel, Costel, Pesho, Vania), words for an unknown name and
-- courtesy titles are no words, and a whole name in one field pairs its words. Keys written before say otherwise, so
-- they are dropped here and the start-up backfill writes every record's keys as they are written today.
DELETE FROM match_key;
