package io.wirewatch.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.ReferenceModel;
import io.wirewatch.model.ReferenceWindow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The attacks file read into drone windows: CSV edge cases, grouping, the day of a window, bad files. */
class ReferenceWindowsTest {
    static final Path DIR = Path.of("src/test/resources/reference");
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static ModelCategories models;

    @BeforeAll
    static void readModels() throws Exception {
        models = ModelCategories.read(DIR.resolve("missiles_and_uavs.csv"));
    }

    private static ReferenceSet read(String file, ZoneId dayZone) throws ReferenceFileException {
        return ReferenceWindows.read(DIR.resolve(file), models, KYIV, dayZone);
    }

    private static Map<String, ReferenceWindow> byKey(ReferenceSet set) {
        return set.windows().stream().collect(Collectors.toMap(ReferenceWindow::key, Function.identity()));
    }

    @Test
    void shouldKeepAQuotedCommaAndAPythonDictInsideTheirCells() throws Exception {
        ReferenceWindow night = byKey(read("attacks.csv", ZoneOffset.UTC)).get("uav|2026-01-25 18:00|2026-01-26 08:00|kpszsu");

        assertThat(night).isNotNull();
        assertThat(night.models()).first().isEqualTo(new ReferenceModel("Shahed-136/131", 90, 80));
    }

    @Test
    void shouldReadNaNAndEmptyFiguresAsNotStatedAndSumOnlyTheStatedOnes() throws Exception {
        Map<String, ReferenceWindow> w = byKey(read("attacks.csv", ZoneOffset.UTC));
        ReferenceWindow night = w.get("uav|2026-01-25 18:00|2026-01-26 08:00|kpszsu");
        ReferenceWindow day = w.get("uav|2026-01-26|2026-01-26|PvKPivden");

        assertThat(night.models()).contains(new ReferenceModel("Orlan-10", 2, null));
        assertThat(night.launched()).as("Shahed 90 + Orlan 2").isEqualTo(92);
        assertThat(night.destroyed()).as("Orlan's NaN states nothing").isEqualTo(80);
        assertThat(day.models()).contains(new ReferenceModel("Lancet", null, null));
        assertThat(day.launched()).isEqualTo(14);
        assertThat(day.destroyed()).isEqualTo(12);
    }

    @Test
    void shouldLeaveMissilesOutAndCountThemByCategoryAndUnknownModelsByName() throws Exception {
        ReferenceSet set = read("attacks.csv", ZoneOffset.UTC);

        assertThat(set.rows()).isEqualTo(8);
        assertThat(set.droneRows()).isEqualTo(5);
        assertThat(set.leftOut()).containsOnly(Map.entry("ballistic missile", 1), Map.entry("mixed missiles", 1));
        assertThat(set.unknownModels()).containsOnly(Map.entry("Mystery-7", 1));
        assertThat(set.windows()).allSatisfy(win -> assertThat(win.models()).extracting(ReferenceModel::model)
                .doesNotContain("Iskander-M", "Kalibr and X-101/X-555", "Mystery-7"));
    }

    @Test
    void shouldKeepARegionalCommandsReportApartFromTheAirForcesNationalOne() throws Exception {
        ReferenceSet set = read("attacks.csv", ZoneOffset.UTC);

        assertThat(set.windows()).extracting(ReferenceWindow::reporter).containsExactlyInAnyOrder("kpszsu", "PvKPivden", "kpszsu");
    }

    @Test
    void shouldCountAWindowForTheDayOfItsEndInTheDayZone() throws Exception {
        Map<String, ReferenceWindow> utc = byKey(read("attacks.csv", ZoneOffset.UTC));
        Map<String, ReferenceWindow> kyiv = byKey(read("attacks.csv", KYIV));
        String lateNight = "uav|2026-01-26 18:00|2026-01-27 01:30|kpszsu";

        assertThat(utc.get("uav|2026-01-25 18:00|2026-01-26 08:00|kpszsu").day()).isEqualTo(LocalDate.of(2026, 1, 26));
        // 01:30 in Kyiv (UTC+2 in winter) is 23:30 UTC of the day before.
        assertThat(utc.get(lateNight).day()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(kyiv.get(lateNight).day()).isEqualTo(LocalDate.of(2026, 1, 27));
    }

    @Test
    void shouldTakeABareDateAsItsOwnDayInEveryZone() throws Exception {
        ReferenceWindow day = byKey(read("attacks.csv", ZoneId.of("Pacific/Kiritimati"))).get("uav|2026-01-26|2026-01-26|PvKPivden");

        assertThat(day.day()).isEqualTo(LocalDate.of(2026, 1, 26));
    }

    @Test
    void shouldNormaliseBoundsAndNameTheChannelOfAUrlSource() throws Exception {
        ReferenceWindow w = byKey(read("attacks.csv", ZoneOffset.UTC)).get("uav|2026-01-26 18:00|2026-01-27 01:30|kpszsu");

        assertThat(w).as("trailing blank of '2026-01-27 01:30 ' and the t.me URL's channel").isNotNull();
        assertThat(w.sources()).containsExactly("https://t.me/kpszsu/99999");
        assertThat(WindowTime.parse("2023-05-16 3:30").normalised()).isEqualTo("2023-05-16 03:30");
        assertThat(WindowTime.parse("2024-05-16 ").normalised()).isEqualTo("2024-05-16");
    }

    @Test
    void shouldGiveTheSameWindowsWhenTheSameFileIsReadAgain() throws Exception {
        assertThat(read("attacks.csv", ZoneOffset.UTC).windows()).isEqualTo(read("attacks.csv", ZoneOffset.UTC).windows());
    }

    @Test
    void shouldNameFileAndLineOfAFigureThatIsNotANumber() {
        assertThatThrownBy(() -> read("attacks-bad-number.csv", ZoneOffset.UTC))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("attacks-bad-number.csv:3:")
                .hasMessageContaining("destroyed 'twelve'")
                .satisfies(e -> assertThat(((ReferenceFileException) e).line()).isEqualTo(3));
    }

    @Test
    void shouldNameTheColumnAHeaderLacks() {
        assertThatThrownBy(() -> read("attacks-missing-column.csv", ZoneOffset.UTC))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("attacks-missing-column.csv:1:")
                .hasMessageContaining("header lacks column destroyed");
    }

    @Test
    void shouldRefuseARowWhoseUnquotedCommaAddsACell() {
        assertThatThrownBy(() -> read("attacks-short-row.csv", ZoneOffset.UTC))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("attacks-short-row.csv:2:")
                .hasMessageContaining("23 cells, but the header has 22");
    }

    @Test
    void shouldTellAJoinedNameOfDronesFromOneOfMissilesAndAMixOfBoth() {
        ModelCategories m = new ModelCategories(Map.of("Orlan-10", "UAV", "Lancet", "UAV", "Kalibr", "cruise missile"));

        assertThat(m.kind("Orlan-10 and Lancet")).isEqualTo(ModelCategories.Kind.DRONE);
        assertThat(m.kind("Kalibr and Kalibr")).isEqualTo(ModelCategories.Kind.MISSILE);
        assertThat(m.kind("Lancet and Kalibr")).isEqualTo(ModelCategories.Kind.UNKNOWN);
        assertThat(m.kind("Mystery-7")).isEqualTo(ModelCategories.Kind.UNKNOWN);
    }
}
