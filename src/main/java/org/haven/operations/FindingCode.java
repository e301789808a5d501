package org.haven.operations;

/** The coded findings each authority records after a joint action. */
public enum FindingCode {
  UNDECLARED_WORK(Authority.TAX),
  UNREGISTERED_EMPLOYER(Authority.TAX),
  UNPAID_TAXES(Authority.TAX),
  FALSE_INVOICES(Authority.TAX),
  UNSAFE_WORK(Authority.WORKING_ENVIRONMENT),
  UNSAFE_HOUSING(Authority.WORKING_ENVIRONMENT),
  EXCESSIVE_HOURS(Authority.WORKING_ENVIRONMENT),
  PROHIBITION_NOTICE(Authority.WORKING_ENVIRONMENT),
  ARREST(Authority.POLICE),
  ILLEGAL_STAY(Authority.POLICE),
  DOCUMENTS_WITHHELD(Authority.POLICE),
  INVESTIGATION_OPENED(Authority.POLICE),
  POSSIBLE_VICTIMS_MET(Authority.CENTRE),
  SUPPORT_OFFERED(Authority.CENTRE);

  private final Authority authority;

  FindingCode(Authority authority) {
    this.authority = authority;
  }

  public Authority authority() {
    return authority;
  }
}
