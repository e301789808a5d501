package org.haven.information;

import java.time.YearMonth;

/** How many anonymous messages arrived in a month in one language. */
public record ContactCount(YearMonth month, HelpLanguage language, long messages) {}
