package io.hubrota.shared;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.List;

/**
 * Bank holidays in England, read from the Jollyday calendar (ISO 3166 "GB", subdivision "eng") so that new or moved
 * holidays (coronations, jubilees) arrive with a library update instead of an edit to our code. Plain Java: used by
 * the demo generator, the solver mapping and the app alike.
 */
public final class BankHolidays {

    private static final String ENGLAND = "eng";

    /** Built once: parsing the calendar XML is the expensive part, and the manager is immutable afterwards. */
    private static final HolidayManager UNITED_KINGDOM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private BankHolidays() {
    }

    /**
     * The dates on which England has a bank holiday, first to last inclusive, sorted. A holiday that falls on a
     * weekend is listed on its substitute weekday, as gov.uk lists it, because that is the day practices close.
     */
    public static List<LocalDate> inEngland(LocalDate first, LocalDate last) {
        return UNITED_KINGDOM.getHolidays(first, last, ENGLAND).stream()
                .map(Holiday::getDate)
                .distinct()
                .sorted()
                .toList();
    }

    public static boolean isBankHolidayInEngland(LocalDate date) {
        return !inEngland(date, date).isEmpty();
    }
}
