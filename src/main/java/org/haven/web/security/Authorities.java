package org.haven.web.security;

import java.util.ArrayList;
import java.util.List;
import org.haven.access.Actor;
import org.haven.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authorities a request can carry. */
public final class Authorities {

  /** The password step passed; the second factor (or first-time setup) is still to come. */
  public static final String PASSWORD_ONLY = "SIGNIN_PASSWORD";

  /** Both factors passed, or a valid API token. */
  public static final String SIGNED_IN = "SIGNED_IN";

  private Authorities() {}

  static List<GrantedAuthority> of(Actor actor) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
    for (Role role : actor.roles()) {
      authorities.add(new SimpleGrantedAuthority(role.authority()));
    }
    return authorities;
  }
}
