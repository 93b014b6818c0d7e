package io.hubrota.solver.benchmark.curtois;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurtoisParserTests {

    /** A well-formed two-week instance; the malformed cases below each break one line of it. */
    private static final String VALID = """
            # comment
            SECTION_HORIZON
            14

            SECTION_SHIFTS
            E,480,
            L,600,E

            SECTION_STAFF
            A,E=14|L=3,6000,960,5,2,2,1

            SECTION_DAYS_OFF
            A,0,13

            SECTION_SHIFT_ON_REQUESTS
            A,2,E,2

            SECTION_SHIFT_OFF_REQUESTS
            A,3,L,1

            SECTION_COVER
            0,E,1,100,1
            """;

    @Test
    void instance1MatchesTheFile() {
        CurtoisInstance instance = CurtoisTestFiles.instance("Instance1");

        assertThat(instance.name()).isEqualTo("Instance1");
        assertThat(instance.days()).isEqualTo(14);
        // SECTION_SHIFTS: "D,480," - one shift type, nothing forbidden after it.
        assertThat(instance.shiftTypes()).containsExactly(new CurtoisShiftType("D", 480, Set.of()));
        // SECTION_STAFF: A..H, each "D=14,4320,3360,5,2,2,1".
        assertThat(instance.staffIds()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
        CurtoisStaff a = instance.staff().get(0);
        assertThat(a.maxShiftsByShiftTypeId()).isEqualTo(Map.of("D", 14));
        assertThat(a.maxTotalMinutes()).isEqualTo(4320);
        assertThat(a.minTotalMinutes()).isEqualTo(3360);
        assertThat(a.maxConsecutiveShifts()).isEqualTo(5);
        assertThat(a.minConsecutiveShifts()).isEqualTo(2);
        assertThat(a.minConsecutiveDaysOff()).isEqualTo(2);
        assertThat(a.maxWeekends()).isEqualTo(1);
        // SECTION_DAYS_OFF: "A,0" ... "H,7".
        assertThat(a.daysOff()).containsExactly(0);
        assertThat(instance.staff().get(7).daysOff()).containsExactly(7);
        // 21 on-request lines, first "A,2,D,2", last "H,13,D,1"; 5 off-request lines, first "C,12,D,1".
        assertThat(instance.shiftOnRequests()).hasSize(21);
        assertThat(instance.shiftOnRequests().get(0)).isEqualTo(new CurtoisShiftRequest("A", 2, "D", 2));
        assertThat(instance.shiftOnRequests().get(20)).isEqualTo(new CurtoisShiftRequest("H", 13, "D", 1));
        assertThat(instance.shiftOffRequests()).hasSize(5);
        assertThat(instance.shiftOffRequests().get(0)).isEqualTo(new CurtoisShiftRequest("C", 12, "D", 1));
        // 14 cover lines (one per day), first "0,D,5,100,1", last "13,D,4,100,1".
        assertThat(instance.cover()).hasSize(14);
        assertThat(instance.cover().get(0)).isEqualTo(new CurtoisCoverRequirement(0, "D", 5, 100, 1));
        assertThat(instance.cover().get(13)).isEqualTo(new CurtoisCoverRequirement(13, "D", 4, 100, 1));
    }

    /** The sizes table of FORMAT.md ("days, staff, shift types"); instances 2-12 also exercise CRLF line ends. */
    @ParameterizedTest
    @CsvSource({
            "Instance1,14,8,1", "Instance2,14,14,2", "Instance3,14,20,3", "Instance4,28,10,2",
            "Instance5,28,16,2", "Instance6,28,18,3", "Instance7,28,20,3", "Instance8,28,30,4",
            "Instance9,28,36,4", "Instance10,28,40,5", "Instance11,28,50,6", "Instance12,28,60,10"})
    void everyInstanceHasThePublishedSize(String name, int days, int staff, int shiftTypes) {
        CurtoisInstance instance = CurtoisTestFiles.instance(name);

        assertThat(instance.days()).isEqualTo(days);
        assertThat(instance.staff()).hasSize(staff);
        assertThat(instance.shiftTypes()).hasSize(shiftTypes);
        // Every file has one cover line per day and shift type.
        assertThat(instance.cover()).hasSize(days * shiftTypes);
    }

    @Test
    void readsForbiddenSuccessorsDaysOffAndCrlfText() {
        CurtoisInstance instance = CurtoisParser.parse("tiny.txt", VALID.replace("\n", "\r\n"));

        assertThat(instance.name()).isEqualTo("tiny");
        assertThat(instance.shiftType("L").forbiddenSuccessorIds()).containsExactly("E");
        assertThat(instance.shiftType("E").forbiddenSuccessorIds()).isEmpty();
        assertThat(instance.staff().get(0).maxShifts("L")).isEqualTo(3);
        assertThat(instance.staff().get(0).daysOff()).containsExactlyInAnyOrder(0, 13);
    }

    /** Each case replaces one unique piece of {@link #VALID}; the error must name the line of that piece. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // line; replaced text      ; by                   ; expected message part
            "3  ; HORIZON\\n14          ; HORIZON\\n15         ; whole number of weeks",
            "3  ; HORIZON\\n14          ; HORIZON\\ntwo        ; expected a whole number for horizon length",
            "7  ; L,600,E               ; L,600,X              ; unknown shift ID 'X'",
            "7  ; L,600,E               ; L,600                ; expected 3 comma-separated fields",
            "10 ; A,E=14|L=3,6000       ; A,E=14,6000          ; no entry for shift type 'L'",
            "10 ; A,E=14|L=3,6000       ; A,E=14|L=3|L=2,6000  ; names shift type 'L' twice",
            "10 ; 6000,960              ; 6000,-5              ; MinTotalMinutes must not be negative",
            "13 ; A,0,13                ; A,0,14               ; day 14 is outside the horizon 0..13",
            "13 ; A,0,13                ; Z,0,13               ; unknown staff ID 'Z'",
            "16 ; A,2,E,2               ; A,2,E,heavy          ; expected a whole number for request weight",
            "19 ; A,3,L,1               ; A,3,N,1              ; unknown shift ID 'N'",
            "23 ; 0,E,1,100,1           ; 0,E,1,100,1\\n0,E,2,100,1 ; a second cover line for day 0 and shift 'E'"})
    void malformedInputNamesTheLine(int line, String replaced, String by, String messagePart) {
        String target = replaced.replace("\\n", "\n");
        assertThat(VALID.split(Pattern.quote(target), -1)).as("occurrences of " + target).hasSize(2);
        String text = VALID.replace(target, by.replace("\\n", "\n"));

        CurtoisFormatException error = catchThrowableOfType(() -> CurtoisParser.parse("bad.txt", text),
                CurtoisFormatException.class);

        assertThat(error).as("parsing should fail").isNotNull();
        assertThat(error.lineNumber()).isEqualTo(line);
        assertThat(error.getMessage()).startsWith("bad.txt line " + line + ": ").contains(messagePart);
    }

    @Test
    void dataBeforeAnySectionIsRejected() {
        assertThatThrownBy(() -> CurtoisParser.parse("bad.txt", "# header\n14\nSECTION_HORIZON\n14\n"))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("bad.txt line 2: data before the first SECTION_ header: '14'");
    }

    @Test
    void unknownOrRepeatedSectionsAreRejected() {
        assertThatThrownBy(() -> CurtoisParser.parse("bad.txt", VALID.replace("SECTION_DAYS_OFF", "SECTION_HOLIDAYS")))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("bad.txt line 12: unknown section header 'SECTION_HOLIDAYS'");
        assertThatThrownBy(() -> CurtoisParser.parse("bad.txt", VALID + "SECTION_HORIZON\n14\n"))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("bad.txt line 23: section SECTION_HORIZON appears a second time");
    }

    @Test
    void aMissingRequiredSectionIsReportedAtTheEnd() {
        String withoutCover = VALID.substring(0, VALID.indexOf("SECTION_COVER"));

        assertThatThrownBy(() -> CurtoisParser.parse("bad.txt", withoutCover))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("bad.txt line 20: end of input reached without a SECTION_COVER section");
    }
}
