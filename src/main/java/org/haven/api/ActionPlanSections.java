package org.haven.api;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.haven.funding.ActionPlanYear;
import org.haven.funding.Money;
import org.haven.statistics.ReportPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The action plan's section of the status report laid out for the PDF, in the reader's language:
 * one table per plan (initiatives with status and the year's money), the indicators' results as
 * lines under it, and the year's training by sector.
 */
@Component
class ActionPlanSections {

  private final MessageSource messages;

  ActionPlanSections(MessageSource messages) {
    this.messages = messages;
  }

  List<ReportPdf.Section> of(ActionPlanYear year, Locale locale) {
    List<ReportPdf.Section> sections = new ArrayList<>();
    for (ActionPlanYear.PlanYear plan : year.plans()) {
      List<String> header =
          List.of(
              text("funding.initiative", locale),
              text("funding.status", locale),
              text("funding.budget", locale),
              text("funding.granted", locale),
              text("funding.disbursed", locale),
              text("funding.repaid", locale),
              text("funding.spent", locale),
              text("funding.returnCosts", locale));
      List<List<String>> rows = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (ActionPlanYear.InitiativeYear initiative : plan.initiatives()) {
        ActionPlanYear.Sums sums = initiative.sums();
        rows.add(
            List.of(
                initiative.name(),
                text("funding.initiativeStatus." + initiative.status().name(), locale),
                amount(sums.budget(), locale),
                amount(sums.granted(), locale),
                amount(sums.disbursed(), locale),
                amount(sums.repaid(), locale),
                amount(sums.spent(), locale),
                amount(sums.returnCosts(), locale)));
        if (initiative.returnCosts() != null) {
          for (Money other : initiative.returnCosts().otherCurrencies()) {
            notes.add(
                initiative.name()
                    + ": "
                    + messages.getMessage(
                        "funding.returnCostsOther", new Object[] {amount(other, locale)}, locale));
          }
        }
        for (ActionPlanYear.IndicatorYear indicator : initiative.indicators()) {
          notes.add(
              messages.getMessage(
                  "actionPlanReport.indicator",
                  new Object[] {
                    initiative.name(),
                    indicator.name(),
                    number(indicator.actual(), locale),
                    number(indicator.target(), locale)
                  },
                  locale));
        }
      }
      ActionPlanYear.Sums total = plan.sums();
      rows.add(
          List.of(
              text("funding.total", locale),
              "",
              amount(total.budget(), locale),
              amount(total.granted(), locale),
              amount(total.disbursed(), locale),
              amount(total.repaid(), locale),
              amount(total.spent(), locale),
              amount(total.returnCosts(), locale)));
      sections.add(
          new ReportPdf.Section(
              messages.getMessage(
                  "actionPlanReport.title",
                  new Object[] {plan.name(), plan.budget().currency()},
                  locale),
              header,
              rows,
              notes));
    }
    List<List<String>> training = new ArrayList<>();
    year.training()
        .bySector()
        .forEach(
            (sector, n) ->
                training.add(
                    List.of(
                        text("training.sector." + sector.name(), locale),
                        NumberFormat.getIntegerInstance(locale).format(n))));
    training.add(
        List.of(
            text("funding.total", locale),
            NumberFormat.getIntegerInstance(locale).format(year.training().total())));
    sections.add(
        new ReportPdf.Section(
            text("training.title", locale),
            List.of(text("training.sector", locale), text("training.participants", locale)),
            training,
            List.of(
                messages.getMessage(
                    "actionPlanReport.sessions",
                    new Object[] {year.training().sessions()},
                    locale))));
    return sections;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static String amount(Money money, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return format.format(money.amount());
  }

  private String number(BigDecimal value, Locale locale) {
    if (value == null) {
      return text("actionPlanReport.noValue", locale);
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
