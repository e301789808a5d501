package org.haven.web.layout;

import java.util.function.Supplier;
import org.haven.reads.RoundTrip;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reads of one page in one transaction. A page that shows several audited records (the case
 * page reads the case, its timeline, the person's name and the criminal case) would otherwise
 * append to the audit chain once per read, each time waiting its turn at the chain's lock and
 * flushing to disk; read together, their acts are appended in one batch when the page's reads end.
 * A read that fails ends the page with its error and records none of them: nothing was shown.
 *
 * <p>A page whose reads the modules add to one {@link RoundTrip} sends them together ({@link
 * #run}), in the same transaction.
 */
@Component
public class PageReads {

  private final TransactionTemplate transaction;
  private final JdbcOperations jdbc;

  PageReads(PlatformTransactionManager transactions, JdbcOperations jdbc) {
    this.transaction = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
  }

  /** What {@code reads} returns, its reads and their audit in one transaction. */
  public <T> T together(Supplier<T> reads) {
    return transaction.execute(status -> reads.get());
  }

  /** Sends the reads the modules added to {@code reads}, inside {@link #together}. */
  public void run(RoundTrip reads) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("A page's round trip runs inside its reads' transaction");
    }
    reads.run(jdbc);
  }
}
