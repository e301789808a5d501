package org.haven.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;

class SessionAttributeReaderTest {

  record Kept(String name, List<Integer> numbers) implements Serializable {}

  private final GenericConversionService conversions = SharedSessions.attributeConversions();

  @Test
  void aSecurityContextReadsBackAsItWasWrittenEveryTime() {
    SecurityContextImpl context =
        new SecurityContextImpl(
            UsernamePasswordAuthenticationToken.authenticated(
                "caseworker", null, List.of(new SimpleGrantedAuthority("ROLE_CENTRE_CASEWORKER"))));
    byte[] bytes = conversions.convert(context, byte[].class);

    for (int read = 0; read < 3; read++) {
      Object back = conversions.convert(bytes, Object.class);
      assertThat(back).isInstanceOf(SecurityContextImpl.class).isNotSameAs(context);
      assertThat(((SecurityContextImpl) back).getAuthentication().getName())
          .isEqualTo("caseworker");
      assertThat(((SecurityContextImpl) back).getAuthentication().getAuthorities())
          .extracting(Object::toString)
          .containsExactly("ROLE_CENTRE_CASEWORKER");
    }
  }

  @Test
  void eachClassIsLookedUpOnceAndTheValuesStayTheirOwn() throws IOException {
    SessionAttributeReader reader = new SessionAttributeReader(getClass().getClassLoader());
    byte[] first = conversions.convert(new Kept("a", List.of(1, 2)), byte[].class);
    byte[] second = conversions.convert(new Kept("b", List.of(3)), byte[].class);

    assertThat(reader.deserialize(new ByteArrayInputStream(first)))
        .isEqualTo(new Kept("a", List.of(1, 2)));
    int kept = reader.kept();
    assertThat(kept).isPositive();
    assertThat(reader.deserialize(new ByteArrayInputStream(second)))
        .isEqualTo(new Kept("b", List.of(3)));
    assertThat(reader.kept()).isEqualTo(kept);

    Map<String, Integer> map = new TreeMap<>(Map.of("x", 1));
    assertThat(reader.deserialize(new ByteArrayInputStream(conversions.convert(map, byte[].class))))
        .isEqualTo(map);
    assertThat(reader.kept()).isGreaterThan(kept);
  }

  @Test
  void aStreamThatIsNotAnObjectIsRefused() {
    SessionAttributeReader reader = new SessionAttributeReader(getClass().getClassLoader());
    assertThatThrownBy(() -> reader.deserialize(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }
}
