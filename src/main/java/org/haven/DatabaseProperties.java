package org.haven;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Haven keeps its data and how it reaches PostgreSQL.
 *
 * @param dataDir directory of the embedded database cluster (env {@code HAVEN_DATA_DIR})
 * @param appRole database role every application connection switches to; it may read and write
 *     module tables but may only insert into the audit trail; the login role must be allowed to
 *     create it or be a member of it
 * @param embeddedPort port of the embedded PostgreSQL on the loopback interface; 0 picks a free one
 * @param embeddedCleanOnClose delete the embedded cluster when the application stops (tests only)
 * @param appPassword on an external database, the password with which the application logs in as
 *     {@code appRole} (a role the operator created with LOGIN); unset, it logs in as the owner and
 *     switches to {@code appRole}
 * @param poolSize how many connections this instance keeps to PostgreSQL at most: at least as many
 *     as the requests it serves at once, or each returned connection is handed over while the next
 *     request spins waiting for it; several instances on one database share its {@code
 *     max_connections} (100 on the embedded one)
 */
@ConfigurationProperties("haven.database")
public record DatabaseProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("haven_app") String appRole,
    @DefaultValue("0") int embeddedPort,
    @DefaultValue("false") boolean embeddedCleanOnClose,
    String appPassword,
    @DefaultValue("20") int poolSize) {}
