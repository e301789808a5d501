/**
 * The national action plan's money: plans and initiatives with budgets, indicators and status,
 * grants from application through decision, payments and repayment, and the reports grant holders
 * owe. Amounts are exact decimals in ISO 4217 currencies ({@link org.haven.funding.Money}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit"})
package org.haven.funding;
