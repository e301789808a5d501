/**
 * The national action plan's money: plans and initiatives with budgets, indicators and status,
 * grants from application through decision, payments and repayment, and the reports grant holders
 * owe; the training register of frontline staff; and the action plan's section of the status
 * report, with indicators read from outreach and repatriation. Amounts are exact decimals in ISO
 * 4217 currencies ({@link org.haven.funding.Money}).
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "accommodation",
      "audit",
      "casework",
      "outreach",
      "repatriation"
    })
package org.haven.funding;

import org.springframework.modulith.ApplicationModule;
