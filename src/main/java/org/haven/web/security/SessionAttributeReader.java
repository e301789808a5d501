package org.haven.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.serializer.Deserializer;

/**
 * Reads a session attribute stored with Java serialisation (Spring Session JDBC, ADR 0019), looking
 * each class of the stream up by name once. Every request reads its session's security context from
 * the database; the lookup of each class in it through the application's class loader was two
 * fifths of that reading (bench/RESULTS.md). The same name always resolves to the same class
 * through one class loader, so keeping the answer changes nothing but the cost. At most {@link
 * #KEPT} names are kept; the sessions hold a handful.
 */
final class SessionAttributeReader implements Deserializer<Object> {

  static final int KEPT = 512;

  private final ClassLoader classLoader;
  private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

  SessionAttributeReader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public Object deserialize(InputStream input) throws IOException {
    try (ObjectInputStream objects = new Objects(input)) {
      return objects.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("a session attribute names a class this version does not have", e);
    }
  }

  /** How many class names are kept (for the test). */
  int kept() {
    return classes.size();
  }

  private final class Objects extends ConfigurableObjectInputStream {

    Objects(InputStream input) throws IOException {
      super(input, classLoader);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass descriptor)
        throws IOException, ClassNotFoundException {
      Class<?> known = classes.get(descriptor.getName());
      if (known != null) {
        return known;
      }
      Class<?> resolved = super.resolveClass(descriptor);
      if (classes.size() < KEPT) {
        classes.putIfAbsent(descriptor.getName(), resolved);
      }
      return resolved;
    }
  }
}
