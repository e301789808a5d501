package org.haven.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.funding.ActionPlanYear;
import org.haven.funding.Money;

/**
 * The status report's {@code actionPlan} section as JSON: plans with the year's sums, their
 * initiatives with status, sums and indicators, and the year's training by sector. Amounts are
 * exact JSON numbers; every sum carries its ISO 4217 currency once, on the plan.
 */
final class ActionPlanJson {

  private ActionPlanJson() {}

  static Map<String, Object> of(ActionPlanYear year) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Map<String, Object>> plans = new ArrayList<>();
    for (ActionPlanYear.PlanYear plan : year.plans()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", plan.name());
      p.put("startsOn", plan.startsOn().toString());
      p.put("endsOn", plan.endsOn().toString());
      p.put("currency", plan.budget().currency());
      p.put("budget", plan.budget().amount());
      p.put("year", sums(plan.sums()));
      List<Map<String, Object>> initiatives = new ArrayList<>();
      for (ActionPlanYear.InitiativeYear initiative : plan.initiatives()) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("name", initiative.name());
        i.put("theme", initiative.theme().name());
        i.put("responsible", initiative.responsible());
        i.put("status", initiative.status().name());
        i.putAll(sums(initiative.sums()));
        if (initiative.returnCosts() != null
            && !initiative.returnCosts().otherCurrencies().isEmpty()) {
          // support recorded in another currency than the plan's: kept apart, never converted
          Map<String, Object> other = new LinkedHashMap<>();
          initiative
              .returnCosts()
              .otherCurrencies()
              .forEach(m -> other.put(m.currency(), m.amount()));
          i.put("returnCostsOtherCurrencies", other);
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (ActionPlanYear.IndicatorYear indicator : initiative.indicators()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("name", indicator.name());
          x.put("unit", indicator.unit());
          x.put("measure", indicator.measure().name());
          x.put("target", indicator.target());
          x.put("actual", indicator.actual());
          indicators.add(x);
        }
        i.put("indicators", indicators);
        initiatives.add(i);
      }
      p.put("initiatives", initiatives);
      plans.add(p);
    }
    root.put("plans", plans);
    Map<String, Object> training = new LinkedHashMap<>();
    training.put("sessions", year.training().sessions());
    Map<String, Object> bySector = new LinkedHashMap<>();
    year.training().bySector().forEach((sector, n) -> bySector.put(sector.name(), n));
    training.put("bySector", bySector);
    training.put("total", year.training().total());
    root.put("training", training);
    return root;
  }

  private static Map<String, Object> sums(ActionPlanYear.Sums sums) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("budget", amount(sums.budget()));
    s.put("granted", amount(sums.granted()));
    s.put("disbursed", amount(sums.disbursed()));
    s.put("repaid", amount(sums.repaid()));
    s.put("spent", amount(sums.spent()));
    s.put("returnCosts", amount(sums.returnCosts()));
    return s;
  }

  private static Object amount(Money money) {
    return money.amount();
  }
}
