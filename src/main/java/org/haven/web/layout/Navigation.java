package org.haven.web.layout;

import java.util.List;
import java.util.Set;
import org.haven.access.Actor;
import org.haven.access.Role;

/**
 * The main navigation: only what the person's roles may use. Capabilities add their entries as they
 * arrive.
 */
final class Navigation {

  /**
   * One entry: the message key of its label, where it leads, and who sees it (empty: everyone
   * signed in).
   */
  public record Item(String label, String href, Set<Role> roles) {
    public boolean visibleTo(Actor actor) {
      return roles.isEmpty() || roles.stream().anyMatch(actor::has);
    }
  }

  static final List<Item> ITEMS =
      List.of(
          new Item("nav.dashboard", "/", Set.of()),
          new Item(
              "nav.referrals",
              "/referrals",
              Set.of(
                  Role.CENTRE_CASEWORKER,
                  Role.NGO_WORKER,
                  Role.POLICE_KEY_PERSON,
                  Role.MUNICIPAL_CASEWORKER,
                  Role.IMMIGRATION_OFFICER,
                  Role.SHELTER_STAFF,
                  Role.TAX_INSPECTOR,
                  Role.LABOUR_INSPECTOR)),
          new Item(
              "nav.identifications",
              "/identifications",
              Set.of(Role.CENTRE_CASEWORKER, Role.IMMIGRATION_OFFICER, Role.NGO_WORKER)),
          new Item(
              "nav.cases",
              "/cases",
              Set.of(
                  Role.CENTRE_CASEWORKER,
                  Role.SHELTER_STAFF,
                  Role.POLICE_KEY_PERSON,
                  Role.MUNICIPAL_CASEWORKER,
                  Role.NGO_WORKER,
                  Role.IMMIGRATION_OFFICER)),
          new Item(
              "nav.outreach",
              "/outreach",
              Set.of(
                  Role.NGO_WORKER,
                  Role.CENTRE_CASEWORKER,
                  Role.CENTRE_ANALYST,
                  Role.MINISTRY_OFFICIAL)),
          new Item("nav.shelters", "/shelters", Set.of(Role.CENTRE_CASEWORKER, Role.SHELTER_STAFF)),
          new Item("nav.repatriation", "/repatriations", Set.of(Role.CENTRE_CASEWORKER)),
          new Item("nav.hotline", "/hotline", Set.of(Role.CENTRE_CASEWORKER)),
          new Item("nav.information", "/information", Set.of(Role.CENTRE_CASEWORKER)),
          new Item(
              "nav.leaflets",
              "/information/leaflets",
              Set.of(
                  Role.NGO_WORKER,
                  Role.SHELTER_STAFF,
                  Role.POLICE_KEY_PERSON,
                  Role.MUNICIPAL_CASEWORKER,
                  Role.IMMIGRATION_OFFICER,
                  Role.TAX_INSPECTOR,
                  Role.LABOUR_INSPECTOR,
                  Role.RETURN_ORGANISATION_STAFF)),
          new Item(
              "nav.funding",
              "/funding",
              Set.of(
                  Role.CENTRE_CASEWORKER,
                  Role.CENTRE_ANALYST,
                  Role.MINISTRY_OFFICIAL,
                  Role.NGO_WORKER,
                  Role.RETURN_ORGANISATION_STAFF)),
          new Item("nav.imports", "/imports/htcds", Set.of(Role.CENTRE_CASEWORKER)),
          new Item("nav.exports", "/exports", Set.of(Role.CENTRE_CASEWORKER, Role.ADMINISTRATOR)),
          new Item("nav.reviews", "/persons/reviews", Set.of(Role.CENTRE_CASEWORKER)),
          new Item(
              "nav.subjectAccess",
              "/subject-access",
              Set.of(Role.CENTRE_CASEWORKER, Role.ADMINISTRATOR)),
          new Item(
              "nav.retention", "/retention", Set.of(Role.CENTRE_CASEWORKER, Role.ADMINISTRATOR)),
          new Item(
              "nav.statistics",
              "/statistics",
              Set.of(
                  Role.CENTRE_ANALYST,
                  Role.ADMINISTRATOR,
                  Role.CENTRE_CASEWORKER,
                  Role.MINISTRY_OFFICIAL)),
          new Item(
              "nav.jointActions",
              "/joint-actions",
              Set.of(
                  Role.POLICE_KEY_PERSON,
                  Role.TAX_INSPECTOR,
                  Role.LABOUR_INSPECTOR,
                  Role.CENTRE_CASEWORKER,
                  Role.CENTRE_ANALYST,
                  Role.NGO_WORKER)),
          new Item(
              "nav.investigations",
              "/investigations",
              Set.of(Role.POLICE_KEY_PERSON, Role.PROSECUTOR)),
          new Item(
              "nav.taskForces",
              "/task-forces",
              Set.of(
                  Role.CENTRE_CASEWORKER,
                  Role.POLICE_KEY_PERSON,
                  Role.TAX_INSPECTOR,
                  Role.LABOUR_INSPECTOR,
                  Role.PROSECUTOR)),
          new Item("nav.keyPersons", "/key-persons", Set.of()),
          new Item("nav.transfers", "/transfers", Set.of(Role.CENTRE_CASEWORKER)),
          new Item(
              "nav.handedReturns", "/repatriations/handed", Set.of(Role.RETURN_ORGANISATION_STAFF)),
          new Item("nav.organisations", "/admin/organisations", Set.of(Role.ADMINISTRATOR)),
          new Item("nav.users", "/admin/users", Set.of(Role.ADMINISTRATOR)),
          new Item("nav.partners", "/admin/partners", Set.of(Role.ADMINISTRATOR)),
          new Item("nav.backups", "/admin/backups", Set.of(Role.ADMINISTRATOR)),
          new Item("nav.audit", "/audit", Set.of(Role.ADMINISTRATOR, Role.AUDITOR)));

  private Navigation() {}

  static List<Item> for_(Actor actor) {
    return ITEMS.stream().filter(item -> item.visibleTo(actor)).toList();
  }
}
