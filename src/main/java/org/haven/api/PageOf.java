package org.haven.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code items}, the zero-based {@code page}, the {@code size} asked for and
 * the {@code total} number of items. Lists take {@code ?page=0&size=50}; size is at most 500.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 500;

  static <S, T> PageOf<T> of(List<S> all, int page, int size, Function<S, T> mapper) {
    int safeSize = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    int safePage = Math.max(page, 0);
    int from = (int) Math.min((long) safePage * safeSize, all.size());
    int to = Math.min(from + safeSize, all.size());
    return new PageOf<>(
        all.subList(from, to).stream().map(mapper).toList(), safePage, safeSize, all.size());
  }
}
