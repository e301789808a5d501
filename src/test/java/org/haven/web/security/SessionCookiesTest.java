package org.haven.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookiesTest {

  @Test
  void theCookieIsSecureOutsideLocalDevelopment() {
    assertThat(SessionCookies.secure("https://haven.example.org")).isTrue();
    assertThat(SessionCookies.secure("http://haven.example.org")).isTrue();
    assertThat(SessionCookies.secure("http://10.0.0.5:8080")).isTrue();
    assertThat(SessionCookies.secure("https://localhost:8443")).isTrue();
    assertThat(SessionCookies.secure("not a url at all")).isTrue();
  }

  @Test
  void plainHttpOnLoopbackIsLocalDevelopment() {
    assertThat(SessionCookies.secure(null)).isFalse();
    assertThat(SessionCookies.secure("")).isFalse();
    assertThat(SessionCookies.secure("http://localhost:8080")).isFalse();
    assertThat(SessionCookies.secure("http://127.0.0.1:8080/")).isFalse();
  }
}
