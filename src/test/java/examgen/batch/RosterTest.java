package examgen.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import examgen.cli.TestLauncher;
import examgen.paper.Accommodations;

/** Bad rosters are reported row by row, and a batch from one writes nothing. */
class RosterTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> problems(Path roster) {
        return assertThrows(Roster.RosterException.class, () -> Roster.read(roster, "id", "name")).problems();
    }

    private void assertRefused(Path roster, String expected) {
        TestLauncher.Result result = TestLauncher.run("batch", "--roster", roster.toString(), "--out", dir.resolve("out").toString(),
                "--bank", "question-bank", "--templates", "templates");
        assertEquals(2, result.status());
        assertTrue(result.err().contains(expected), result.err());
        assertTrue(!Files.exists(dir.resolve("out")) || dir.resolve("out").toFile().list().length == 0, "nothing is written");
    }

    @Test
    void aMissingColumnIsNamedWithTheHeaderItHas() throws IOException {
        Path roster = write("no-name.csv", "id,email\nk1,a@b\n");
        assertRefused(roster, roster + ":1: the header has no 'name' column (it has id, email)");
    }

    @Test
    void anEmptyRosterIsRefused() throws IOException {
        Path roster = write("empty.csv", "id,name\n");
        assertRefused(roster, roster + ": has no students below its header");
    }

    /** An empty file once said "(it has )"; a header naming a column twice "has 3 fields, the header 3"; an open quote exit 1. */
    @Test
    void anEmptyFileARepeatedColumnAndAnOpenQuoteAreEachNamedByLineWithTheFix() throws IOException {
        Path empty = write("nothing.csv", "");
        assertRefused(empty, empty + ": is empty; it needs a header line naming its columns first");
        Path twice = write("twice.csv", "id,name,ID\nk1,Ann,k1\n");
        assertRefused(twice, twice + ":1: the header names the column 'ID' twice; rename or remove one");
        Path quote = write("quote.csv", "id,name\nk0,Bo\nk1,\"Ann\nk2,Cy\n");
        assertRefused(quote, quote + ":3: a field opens with a quote (\") that is never closed; close it, or remove it");
    }

    @Test
    void accommodationColumnsGiveLargePrintAndExtraTimeAndAreCarriedIntoTheMarkingTable() throws IOException {
        Path roster = write("access.csv", "id,name,large_print,extra_time\nk1,Ann,yes,25%\nk2,Bo,,\nk3,Cy,no,30 minutes\n");
        Roster read = Roster.read(roster, "id", "name");
        assertEquals(new Accommodations(true, "25%"), read.students().get(0).accommodations());
        assertEquals(Accommodations.NONE, read.students().get(1).accommodations());
        assertEquals(new Accommodations(false, "30 minutes"), read.students().get(2).accommodations());
        assertEquals(List.of("large_print", "extra_time"), read.extraColumns());
        Path wrong = write("access-wrong.csv", "id,name,Large_Print,extra_time\nk1,Ann,perhaps,\nk2,Bo,,a while\n");
        assertRefused(wrong, wrong + ":2: k1's large print 'perhaps' is neither yes nor no (or blank)");
        assertRefused(wrong, wrong + ":3: k2's extra time 'a while' is neither a share such as 25% nor minutes such as 30 minutes");
    }

    @Test
    void duplicateIdsAreNamedByLine() throws IOException {
        Path roster = write("twice.csv", "id,name\nk1,Ann\nk2,Bob\nK1,Cy\n");
        assertRefused(roster, roster + ":4: id 'K1' is already on line 2");
        // ë as one character and as e with a combining diaeresis: one folder name on macOS
        Path accents = write("accents.csv", "id,name\nzo\u00eb1,Zoë\nzoe\u03081,Zoë\n");
        assertRefused(accents, accents + ":3: id 'zoe\u03081' is already on line 2");
        // Devanagari writes its vowels as marks on the letters
        assertEquals(List.of("अर्जुन1", "zoe\u03081"), Roster.read(write("marks.csv", "id,name\nअर्जुन1,Arjun\nzoe\u03081,Zoë\n"), "id", "name")
                .students().stream().map(Student::id).toList());
    }

    @Test
    void unsafeIdsAreEachReportedByLine() throws IOException {
        Path roster = write("unsafe.csv", "id,name\n../x,A\na/b,B\nCON,C\n,D\n.hidden,E\ncon.txt,F\nok-1,G\nk2.,H\n@k3,I\n");
        List<String> problems = problems(roster);
        assertEquals(8, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(roster + ":2: id '../x' cannot name a folder"), problems.get(0));
        assertTrue(problems.get(1).startsWith(roster + ":3: id 'a/b' cannot name a folder"));
        assertTrue(problems.get(2).startsWith(roster + ":4: id 'CON' is a device name on Windows"));
        assertTrue(problems.get(3).startsWith(roster + ":5: id '' is empty"));
        assertTrue(problems.get(4).startsWith(roster + ":6: id '.hidden' cannot name a folder"));
        assertTrue(problems.get(5).startsWith(roster + ":7: id 'con.txt' is a device name"));
        // Windows drops a folder name's last '.': k2. would be written as k2
        assertEquals(roster + ":9: id 'k2.' cannot name a folder: use letters, digits and . _ - @ + (at most 64; not starting with . @ +,"
                + " nor ending with .)", problems.get(6));
        assertTrue(problems.get(7).startsWith(roster + ":10: id '@k3' cannot name a folder"));
        assertRefused(roster, "a/b");
    }

    @Test
    void emailAddressesAreIdsAsLearningPlatformsUseThem() throws IOException {
        Roster roster = Roster.read(write("emails.csv", "id,name\nann.lee+exam@student.example.edu,Ann Lee\n"), "id", "name");
        assertEquals("ann.lee+exam@student.example.edu", roster.students().get(0).id());
    }

    @Test
    void idsThatTheSystemsLocaleCannotWriteAsFileNamesAreNamedByLine() throws Exception {
        Path roster = write("intl.csv", "id,name\nk1,Ann\nŁukasz01,Łukasz\n学生02,李雷\n");
        // a JVM started under the C locale, as by cron or in a container, writes file names in ASCII
        ProcessBuilder builder = TestLauncher.inAnotherJvm("batch", "--roster", roster.toString(), "--out", dir.resolve("out").toString(),
                "--bank", "question-bank", "--templates", "templates");
        builder.environment().put("LC_ALL", "C");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process run = builder.start();
        String said = new String(run.getErrorStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals(2, run.waitFor(), said);
        List<String> lines = said.lines().toList();
        assertEquals(3, lines.size(), said);
        assertTrue(lines.get(1).startsWith(roster + ":3: id '") && lines.get(1).contains("run examgen in a UTF-8 locale (LC_ALL=C.UTF-8)"), said);
        assertTrue(lines.get(2).startsWith(roster + ":4: id '"), said);
        assertTrue(!Files.exists(dir.resolve("out")), "nothing is written");
    }

    @Test
    void namesInAnyScriptAndWithMarkupAreKeptAsWritten() throws IOException {
        Roster roster = Roster.read(write("names.csv", "\uFEFFID,Name,Group\nk1,\"Zoë O'Brien-Łukasiewicz\",A\nk2,李雷,B\n"
                + "k3,\"<b>&amp;</b>, the third\",C\nлена,Лена,D\n"), "id", "name");
        assertEquals(List.of("Zoë O'Brien-Łukasiewicz", "李雷", "<b>&amp;</b>, the third", "Лена"),
                roster.students().stream().map(Student::name).toList());
        assertEquals("лена", roster.students().get(3).id());
        assertEquals(List.of("Group"), roster.extraColumns());
    }

    @Test
    void aLearningPlatformsFirstNamesAndSurnamesAreJoinedFromTwoColumns() throws IOException {
        Path moodle = write("moodle.csv", "ID number,First name,Surname,Email address\nk1,Ann,Lee,a@x\nk2,Bo,,b@x\n");
        Roster roster = Roster.read(moodle, "ID number", "First name", "Surname");
        assertEquals(List.of("Ann Lee", "Bo"), roster.students().stream().map(Student::name).toList());
        assertEquals(List.of("Email address"), roster.extraColumns());
        assertEquals(List.of(moodle + ":1: the header has no 'Last name' column (it has ID number, First name, Surname, Email address);"
                + " rename the column or give --id-column / --name-column"),
                assertThrows(Roster.RosterException.class, () -> Roster.read(moodle, "ID number", "First name", "Last name")).problems());
        TestLauncher.Result batch = TestLauncher.run("batch", "--roster", moodle.toString(), "--id-column", "ID number",
                "--name-column", "First name", "--name-column", "Surname", "--out", dir.resolve("out").toString(), "--bank", "question-bank",
                "--templates", "templates", "--formats", "html", "--paper", "backprop-quiz");
        assertEquals(0, batch.status(), batch.err());
        assertTrue(Files.readString(dir.resolve("out/backprop-quiz-batch/marking.csv")).contains("\nk1,Ann Lee,"));
    }

    @Test
    void excelsSemicolonsAndTabSeparatedTextAreReadLikeCommas() throws IOException {
        // Excel saves "CSV" with semicolons where the comma is the decimal point, as in Germany or France
        Roster semicolons = Roster.read(write("de.csv", "ID;Name;Gruppe\nk1;Müller, Anna;A\nk2;\"Weiß; Jörg\";B\n"), "id", "name");
        assertEquals(List.of("Müller, Anna", "Weiß; Jörg"), semicolons.students().stream().map(Student::name).toList());
        assertEquals(List.of("Gruppe"), semicolons.extraColumns());
        Roster tabs = Roster.read(write("tabs.csv", "id\tname\tgroup, set\nk1\tAnn Lee\tA, 1\n"), "id", "name");
        assertEquals(List.of("Ann Lee"), tabs.students().stream().map(Student::name).toList());
        assertEquals(List.of("group, set"), tabs.extraColumns());
    }

    @Test
    void aNameNoShippedFontPrintsIsRefusedForPdfsByLineAndMadeInHtml() throws IOException {
        Path roster = write("cherokee.csv", "id,name\nk1,Ann\nk2,ᏣᎳᎩ Smith\n");
        assertRefused(roster, roster + ":3: no font examgen ships prints 'Ꮳ', 'Ꮃ', 'Ꭹ' (Cherokee) of 'ᏣᎳᎩ Smith' (k2); "
                + "write it in another script, or make HTML papers only (--formats html)");
        TestLauncher.Result html = TestLauncher.run("batch", "--roster", roster.toString(), "--out", dir.resolve("html").toString(),
                "--bank", "question-bank", "--templates", "templates", "--formats", "html", "--paper", "backprop-quiz");
        assertEquals(0, html.status(), html.err());
        assertTrue(Files.readString(dir.resolve("html/backprop-quiz-batch/students/k2/paper.html")).contains("ᏣᎳᎩ Smith"));
    }

    @Test
    void aNameWithAControlCharacterIsRefusedByLineWhileALineBreakPrintsAsASpace() throws IOException {
        Path roster = write("bell.csv", "id,name\nk1,Ann\u0007Bell\nk2,\"Two\nlines\"\n");
        assertRefused(roster, roster + ":2: the name of k1 holds a control character (U+0007), which no paper can print; remove it");
        assertTrue(!TestLauncher.run("batch", "--roster", roster.toString(), "--out", dir.resolve("out").toString(), "--bank", "question-bank",
                "--templates", "templates").err().contains(":3:"), "a line break is no problem");
        TestLauncher.Result paper = TestLauncher.run("paper", "--student-id", "k1", "--student-name", "Ann\u0000", "--out",
                dir.resolve("one").toString(), "--bank", "question-bank", "--templates", "templates");
        assertEquals(2, paper.status());
        assertEquals("examgen paper: --student-name: the name holds a control character (U+0000), which no paper can print; remove it",
                paper.err().strip());
    }

    @Test
    void aNameWithADirectionControlIsRefusedByLineWhileAMarkOfDirectionPrints() throws IOException {
        Path roster = write("bidi.csv", "id,name\nk1,Ann \u202Enosirrah\nk2,\u05D3\u05E0\u05D4 \u200FLee\nk3,Bo \u2067Chen\u2069\n");
        TestLauncher.Result result = TestLauncher.run("batch", "--roster", roster.toString(), "--out", dir.resolve("out").toString(),
                "--bank", "question-bank", "--templates", "templates");
        assertEquals(2, result.status());
        assertEquals(List.of(roster + ":2: the name of k1 holds a direction control (U+202E), which would print its letters in one order on"
                        + " the HTML paper and in another on the PDF; remove it",
                roster + ":4: the name of k3 holds a direction control (U+2067), which would print its letters in one order on"
                        + " the HTML paper and in another on the PDF; remove it"),
                result.err().lines().filter(line -> line.contains(roster.toString())).toList());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing is written");
    }

    @Test
    void aStudentWithoutANameIsWarnedOfByLineAndGetsALineToWriteItOn() throws IOException {
        Path roster = write("unnamed.csv", "id,name\nk1,Ann\nk2,\nk3,\"  \"\n");
        TestLauncher.Result result = TestLauncher.run("batch", "--roster", roster.toString(), "--out", dir.resolve("out").toString(),
                "--bank", "question-bank", "--templates", "templates", "--formats", "html", "--paper", "backprop-quiz");
        assertEquals(0, result.status(), result.err());
        String k2 = roster + ":3: k2 has no name; their paper has a line to write it on";
        String k3 = roster + ":4: k3 has no name; their paper has a line to write it on";
        assertTrue(result.out().contains("warning: " + k2 + System.lineSeparator() + "warning: " + k3), result.out());
        Path batch = dir.resolve("out/backprop-quiz-batch");
        assertTrue(Files.readAllLines(batch.resolve("report.txt")).containsAll(List.of(k2, k3)));
        String nameCell = "<th>Name</th><td colspan=\"3\" class=\"";
        assertTrue(Files.readString(batch.resolve("students/k1/paper.html")).contains(nameCell + "student\">Ann</td>"));
        for (String id : List.of("k2", "k3")) {
            assertTrue(Files.readString(batch.resolve("students/" + id + "/paper.html")).contains(nameCell + "blank\"></td>"), id);
        }
    }

    @Test
    void aRosterInsideTheBatchItWouldReplaceIsKept() throws IOException {
        Path inside = Files.createDirectories(dir.resolve("out/week7-practice-batch")).resolve("class.csv");
        Files.writeString(inside, "id,name\nk1,Ann\n");
        TestLauncher.Result result = TestLauncher.run("batch", "--roster", inside.toString(), "--out", dir.resolve("out").toString(), "--force",
                "--bank", "question-bank", "--templates", "templates");
        assertEquals(2, result.status());
        assertTrue(result.err().contains(inside + " is inside " + dir.resolve("out/week7-practice-batch") + ", which this run would replace; move the roster out of it first"),
                result.err());
        assertEquals("id,name\nk1,Ann\n", Files.readString(inside));
    }

    @Test
    void rowsWithEveryCellBlankAreLeftOutWithAWarningAsSpreadsheetsWriteThem() throws IOException {
        // Excel writes ",," for a row once used and emptied, and "," is one short of the header
        Path roster = write("blanks.csv", "id,name,group\r\nk1,Ann,G1\r\n,,\r\n , \r\n\r\nk2,Bo,G2\r\n");
        Roster read = Roster.read(roster, "id", "name");
        assertEquals(List.of("k1", "k2"), read.students().stream().map(Student::id).toList());
        assertEquals(List.of(roster + ":3: every cell of the row is blank; it was left out",
                roster + ":4: every cell of the row is blank; it was left out"), read.warnings());
        assertRefused(write("only-blanks.csv", "id,name\n,\n"), ": has no students below its header");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamed() throws IOException {
        Path roster = write("ragged.csv", "id,name\nk1,Ann,extra\n");
        assertRefused(roster, roster + ":2: has 3 fields, the header 2");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLineAndWhereOnIt() throws IOException {
        Path roster = dir.resolve("latin1.csv");
        // one name pasted from an older program, in Latin-1, among names in UTF-8
        byte[] utf8 = "id,name\nk1,Zoë\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "k2,Chloë Brontë\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(roster, ByteBuffer.allocate(utf8.length + latin1.length).put(utf8).put(latin1).array());
        assertRefused(roster, roster + ":3: not UTF-8 text (after 'k2,Chlo' comes byte EB); save it as CSV UTF-8");
    }

    @Test
    void excelsUnicodeTextIsReadByItsByteOrderMark() throws IOException {
        // Excel's "Unicode Text": UTF-16, little-endian behind its byte-order mark, fields between tabs
        Path little = dir.resolve("unicode.txt");
        Files.write(little, "\uFEFFid\tname\r\nk1\tZoë Łukasiewicz\r\nk2\t李雷\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("Zoë Łukasiewicz", "李雷"), Roster.read(little, "id", "name").students().stream().map(Student::name).toList());
        Path big = dir.resolve("big.txt");
        Files.write(big, "\uFEFFid,name\nk1,Zoë\n".getBytes(StandardCharsets.UTF_16BE));
        assertEquals(List.of("Zoë"), Roster.read(big, "id", "name").students().stream().map(Student::name).toList());
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xFE, 'i', 0, 'd', 0, 0, (byte) 0xDC});
        assertRefused(broken, broken + ":1: not UTF-16 text, as its first bytes say (after 'id' comes byte 00); save it as CSV UTF-8");
    }
}
