package org.haven.crossborder;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The published JSON Schema of the envelope's content (version 1), read from the same file that
 * {@code docs/exchange/} publishes: what the inbox enforces is what another vendor implements.
 */
final class EnvelopeSchema {

  static final String ENVELOPE = "exchange/envelope-v1.schema.json";
  static final String ANSWER = "exchange/answer-v1.schema.json";
  private static final int SHOWN = 5;

  private final Schema schema;

  private EnvelopeSchema(Schema schema) {
    this.schema = schema;
  }

  static EnvelopeSchema load(String resource) {
    try (InputStream in = EnvelopeSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The exchange schema " + resource + " is missing");
      }
      return new EnvelopeSchema(
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in));
    } catch (IOException e) {
      throw new IllegalStateException("The exchange schema " + resource + " cannot be read", e);
    }
  }

  /**
   * Where {@code document} breaks the schema: the first few places (paths and the rule broken,
   * never a value), or none.
   */
  List<String> violations(JsonNode document) {
    List<Error> errors = schema.validate(document);
    return errors.stream()
        .map(e -> e.getInstanceLocation() + " (" + e.getKeyword() + ")")
        .distinct()
        .sorted()
        .limit(SHOWN)
        .toList();
  }
}
