package org.haven.exchange;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the exchange module ({@code haven.exchange.*}).
 *
 * @param maxFileBytes the largest HTCDS file accepted (default 50 MiB, about 400,000 rows)
 * @param chunkRows rows written per transaction, new records through the batch front doors (the
 *     audit chain is locked only while a chunk commits)
 * @param staleAfter a running import whose worker has not reported for this long is taken over
 *     (after a crash or a restart)
 */
@ConfigurationProperties("haven.exchange")
public record ExchangeSettings(Long maxFileBytes, Integer chunkRows, Duration staleAfter) {

  public ExchangeSettings {
    maxFileBytes = maxFileBytes == null ? 50L * 1024 * 1024 : maxFileBytes;
    chunkRows = chunkRows == null ? 500 : chunkRows;
    staleAfter = staleAfter == null ? Duration.ofSeconds(30) : staleAfter;
  }
}
