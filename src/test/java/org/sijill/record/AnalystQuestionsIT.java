package org.sijill.record;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijill.SijillTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Questions an analyst asks of the five documents, answered through the HTTP API from the imported
 * seeds. Each expected answer was checked against the document text; the citation says where.
 * Paths select into the JSON answer: {@code troops[force=US].count}; "-" expects no such entry.
 */
@SijillTest
class AnalystQuestionsIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    org.sijill.eventstore.EventLog events;

    static Stream<Arguments> questions() {
        return Stream.of(earlierQuestions(), byPhase(), overTime(), secondReading()).flatMap(x -> x);
    }

    /**
     * For every phase of the period, troops, bases, mission and agreements, with the negative answers
     * (no value, lapsed, planned, due). Citations are document and line of ../shared/seeds.
     */
    static Stream<Arguments> byPhase() {
        return Stream.of(
                // 2003-2007
                q("2003-07: Balad hosts coalition forces", "/presence?on=2005-06-01", "bases[baseId=balad].status", "COALITION_PRESENT", "000 line 18 (list of bases 2003-2007)"),
                q("2003-07: no agreement yet", "/presence?on=2005-06-01", "agreements[agreementId=sofa-2008]", "-", "000 line 65 (SOFA dated 28 June 2008)"),
                // 2008-2011
                q("2008-11: the 2003-2007 peak says nothing about 2009", "/presence?on=2009-06-01", "troops[force=US]", "-", "000 line 37"),
                q("2008-11: ...it is listed as lapsed at the end of 2007", "/presence?on=2009-06-01", "lapsed[subjectId=US].heldUntil", "2007-12-31", "000 line 37"),
                q("2008-11: the SOFA's withdrawal by end 2011 is planned, not yet due", "/presence?on=2009-06-01", "planned[factId=b000-us-troops-0-planned-2011-12-31].due", "false", "000 line 282"),
                q("2008-11: Balad's 2003-2007 listing has lapsed", "/presence?on=2009-06-01", "lapsed[subjectId=balad].heldUntil", "2007-12-31", "000 line 18"),
                q("2008-11: no base is listed as hosting forces", "/presence?on=2009-06-01", "bases.size", "0", "000 line 84 (82% closed or moved, none named)"),
                q("2008-11: the combat phase of 2003-2007 has lapsed", "/presence?on=2009-06-01", "lapsed[subjectId=IRAQ].value", "COMBAT", "000 line 91"),
                // 2012-2013
                q("2012-13: no US figure is reported after the 2011 withdrawal", "/presence?on=2012-06-01", "troops[force=US]", "-", "000 line 63 (near-total withdrawal, no figure)"),
                q("2012-13: the 157 to be kept is a plan, due", "/presence?on=2012-06-01", "planned[factId=b000-us-troops-157-planned-2011-12].due", "true", "000 line 73"),
                q("2012-13: the planned full withdrawal is due and not matched", "/presence?on=2012-06-01", "planned[factId=b000-us-troops-0-planned-2011-12-31].due", "true", "000 line 282"),
                q("2012-13: no base hosts coalition forces on record", "/presence?on=2013-06-01", "bases.size", "0", "000 line 84"),
                q("2012-13: the SFA in force", "/presence?on=2013-06-01", "agreements[agreementId=sfa-2008].status", "IN_FORCE", "000 line 308"),
                q("2012-13: mission ended", "/presence?on=2013-06-01", "missions[scope=IRAQ].factId", "b000-mission-ended-2011", "000 line 63"),
                // 2014-2017
                q("2014-17: US troops of the fourth phase", "/presence?on=2016-06-01", "troops[force=US].factId", "b000-phase4-us-troops-2014-2017", "000 line 109"),
                q("2014-17: combat mission from September 2014", "/presence?on=2016-06-01", "missions[scope=IRAQ].phase", "COMBAT", "003 line 183"),
                q("2014-17: SOFA expired", "/presence?on=2016-06-01", "agreements[agreementId=sofa-2008].status", "EXPIRED", "000 line 67"),
                // 2018-2019
                q("2018-19: US troops as of December 2017", "/presence?on=2019-06-01", "troops[force=US].factId", "n004-us-troops-5200-2017-12", "004 line 9"),
                q("2018-19: K-1 hosts US forces", "/presence?on=2019-06-01", "bases[baseId=k1].status", "COALITION_PRESENT", "004 line 17"),
                q("2018-19: still the combat mission", "/presence?on=2019-06-01", "missions[scope=IRAQ].factId", "b000-mission-combat-2014-09", "000 lines 161, 163; 003 line 183"),
                q("2018-19: no combat-end agreement yet", "/presence?on=2019-06-01", "agreements[agreementId=combat-end-2021]", "-", "001 line 13"),
                // 2020
                q("2020: the reduction to 3,000 was announced in September", "/presence?on=2020-10-15", "troops[force=US].count", "3000", "004 line 10"),
                q("2020: ...and is an announcement, not a report", "/presence?on=2020-10-15", "troops[force=US].basis", "ANNOUNCED", "004 line 10"),
                q("2020: in July the last figure is the 5,200 on the eve of the talks", "/presence?on=2020-07-15", "troops[force=US].factId", "t001-us-combat-troops-before-talks", "001 line 19"),
                q("2020: Taji handed over in August", "/presence?on=2020-10-15", "bases[baseId=taji].status", "HANDED_OVER", "004 line 19"),
                q("2020: combat mission continues", "/presence?on=2020-10-15", "missions[scope=IRAQ].phase", "COMBAT", "003 line 183"),
                q("2020: no combat-end agreement yet", "/presence?on=2020-10-15", "agreements[agreementId=combat-end-2021]", "-", "001 line 13"),
                // 2021
                q("2021: no non-US figure in September, 1,000 planned by the end of the year, not yet due", "/presence?on=2021-09-01", "planned[factId=t001-non-us-troops-1000-planned-2021-07-26].due", "false", "001 line 13; 000 line 207"),
                q("2021: non-US troops in December (3,500 less 2,500)", "/presence?on=2021-12-20", "troops[force=COALITION_NON_US].count", "1000", "004 line 5"),
                q("2021: combat-end agreement of 26 July", "/presence?on=2021-09-01", "agreements[agreementId=combat-end-2021].factId", "t001-combat-end-agreed-2021-07-26", "001 line 13"),
                q("2021: end of combat announced 9 December", "/presence?on=2021-12-20", "missions[scope=IRAQ].basis", "ANNOUNCED", "004 line 1"),
                q("2021: the 31 December plan is met on the 20th: advise-assist-enable since 9 December", "/presence?on=2021-12-20", "planned[factId=b000-advise-assist-plan-jul-2021-12-31]", "-", "000 line 207; 003 line 261; 004 line 1"),
                q("2021: Victory hosts US forces in December", "/presence?on=2021-12-20", "bases[baseId=victory].status", "COALITION_PRESENT", "004 line 21"),
                // 2022-2023
                q("2022-23: Balad's US forces left", "/presence?on=2022-06-01", "bases[baseId=balad].status", "HANDED_OVER", "004 line 20"),
                q("2022-23: Camp Bucca hosts nobody on record", "/presence?on=2022-06-01", "bases[baseId=bucca]", "-", "000 line 18 (listed for 2003-2007 only)"),
                q("2022-23: the foreign total was last reported in December 2021", "/presence?on=2023-06-01", "troops[force=COALITION_TOTAL].when.date", "2021-12-09", "004 line 5"),
                q("2022-23: advise, assist, enable as announced on 29 December 2021", "/presence?on=2022-06-01", "missions[scope=IRAQ].factId", "t001-advise-assist-2021-12-29", "001 line 15"),
                q("2022-23: no 2024 joint statement yet", "/presence?on=2023-06-01", "agreements[agreementId=joint-statement-2024]", "-", "002 line 16"),
                // 2024
                q("2024: Ain al-Asad hosts US forces in October", "/presence?on=2024-10-10", "bases[baseId=ain-al-asad].factId", "a002-ain-al-asad-present-2024-10-04", "002 line 24"),
                q("2024: US troops 2,500", "/presence?on=2024-10-10", "troops[force=US].count", "2500", "003 line 287"),
                q("2024: advisers, as announced in December 2023", "/presence?on=2024-10-10", "missions[scope=IRAQ].factId", "n003-advise-assist-2023-12-28", "003 line 289"),
                q("2024: end of the Iraq mission planned for September 2025", "/presence?on=2024-10-10", "planned[factId=a002-iraq-mission-end-planned-2025-09].due", "false", "002 line 16"),
                // after September 2025
                q("2025-: the Iraq mission's end is due, not reported", "/presence?on=2025-10-15", "planned[factId=a002-iraq-mission-end-planned-2025-09].due", "true", "002 line 16"),
                q("2025-: a plan never decides: the last report stands", "/presence?on=2025-10-15", "missions[scope=IRAQ].phase", "ADVISE_ASSIST_ENABLE", "003 line 289"),
                q("2025-: the Syria mission's end is not due in 2025", "/presence?on=2025-10-15", "planned[factId=a002-syria-mission-end-planned-2026-09].due", "false", "002 line 18"),
                q("2025-: ...and due by November 2026", "/presence?on=2026-11-01", "planned[factId=a002-syria-mission-end-planned-2026-09].due", "true", "002 line 18"),
                q("2025-: the 3,500 total is the December 2021 report", "/presence?on=2025-10-15", "troops[force=COALITION_TOTAL].when.date", "2021-12-09", "004 line 5"),
                q("2025-: Ain al-Asad as last reported, from the departures that began in late September 2024", "/presence?on=2026-01-01", "bases[baseId=ain-al-asad].when.date", "2024-09-28", "002 line 28"),
                q("2025-: the 2024 joint statement", "/presence?on=2025-10-15", "agreements[agreementId=joint-statement-2024].status", "SIGNED", "002 line 16"));
    }

    /** Series, base timelines, filters and diff, by the same rule. */
    /**
     * The answers the second reading of the documents changed (the record issue): plans that are met, what the
     * texts imply (inferred), qualifiers, dates after the record, the Syria mission's phase, and dates the texts
     * do not support.
     */
    static Stream<Arguments> secondReading() {
        return Stream.of(
                q("Met: in 2022 the end-of-2021 plan is no longer listed", "/presence?on=2022-06-01", "planned[factId=b000-advise-assist-plan-jul-2021-12-31]", "-", "000 line 207; 001 line 15"),
                q("Met: in 2022 no plan of 2021 is listed at all", "/presence?on=2022-06-01", "planned[subjectId=IRAQ]", "-", "000 line 207; 003 line 261; 004 line 1"),
                q("Qualifier: the 2003-2007 figure is a peak ('reached')", "/presence?on=2005-06-01", "troops[force=US].qualifier", "AT_MOST", "000 line 37"),
                q("...with the peak as its upper bound", "/presence?on=2005-06-01", "troops[force=US].high", "170000", "000 line 37"),
                q("Inferred: Ain al-Asad hosts US forces in November 2020", "/presence?on=2020-11-01", "bases[baseId=ain-al-asad].status", "COALITION_PRESENT", "004 lines 13, 15"),
                q("...which the text implies (a US-hosting base struck in January 2020)", "/presence?on=2020-11-01", "bases[baseId=ain-al-asad].inferred", "true", "004 lines 13, 15"),
                q("Inferred: in August 2021 a base hosts the coalition", "/presence?on=2021-08-01", "bases[baseId=ain-al-asad].factId", "n004-ain-al-asad-present-2020-01", "004 line 15 (struck again in March 2021)"),
                q("Inferred: Taji hosted US troops before its August 2020 handover", "/presence?on=2020-02-01", "bases[baseId=taji].status", "COALITION_PRESENT", "004 line 19"),
                q("A reported claim says it is not inferred", "/presence?on=2020-10-15", "bases[baseId=taji].inferred", "false", "004 line 19"),
                q("Beyond the record: a date after the instant says so", "/presence?on=2031-01-01&asKnownAt=2026-12-01T00:00:00Z", "beyondRecord", "true", "CONTRACT.md rule 7"),
                q("...and a date within it does not", "/presence?on=2021-01-01", "beyondRecord", "false", "CONTRACT.md rule 7"),
                q("OPERATING: the mission run from Iraq into Syria goes on in October 2024", "/presence?on=2024-10-15", "missions[scope=SYRIA_FROM_IRAQ].phase", "OPERATING", "002 line 18"),
                q("...as the joint statement of 27 September 2024 announced", "/presence?on=2024-10-15", "missions[scope=SYRIA_FROM_IRAQ].basis", "ANNOUNCED", "002 lines 16, 18"),
                q("No US figure in March 2014: the 5,200 came after Mosul fell, from September 2014", "/presence?on=2014-03-01", "troops[force=US]", "-", "000 lines 109, 161"),
                q("5,200 US soldiers at most in 2016", "/presence?on=2016-06-01", "troops[force=US].high", "5200", "000 line 109"),
                q("No combat-end agreement in March 2021 (no timetable on 31 May)", "/presence?on=2021-03-01", "agreements[agreementId=combat-end-2021]", "-", "001 line 31; 003 line 259"),
                q("No 2024 joint statement on 20 September 2024", "/presence?on=2024-09-20", "agreements[agreementId=joint-statement-2024]", "-", "002 lines 3, 16 (issued Friday 27 September)"),
                q("The joint statement on 27 September 2024", "/presence?on=2024-09-27", "agreements[agreementId=joint-statement-2024].status", "SIGNED", "002 lines 3, 16"),
                q("The SFA not yet signed in June 2008", "/presence?on=2008-06-01", "agreements[agreementId=sfa-2008]", "-", "000 line 65 (November 2008); 002 line 24 (2008)"),
                q("The SFA signing cites both documents", "/facts/b000-sfa-signed", "sources[sourceId=002_132dcbf3b4cce48d].sourceId", "002_132dcbf3b4cce48d", "000 line 65; 002 line 24"),
                q("Altun Kupri does not host the coalition on list membership alone", "/presence?on=2022-06-01", "bases[baseId=altun-kupri]", "-", "004 lines 13, 18"),
                q("The Iraq mission's end, 30 September 2025, is planned and not yet due on the 15th", "/presence?on=2025-09-15", "planned[factId=a002-iraq-mission-end-planned-2025-09].due", "false", "002 line 16"),
                q("...and due on 1 October 2025", "/presence?on=2025-10-01", "planned[factId=a002-iraq-mission-end-planned-2025-09].due", "true", "002 line 16"),
                q("Parliament's vote of 5 January 2020 has no five points: they are the parties' resolution", "/facts/n003-parliament-vote-2020-01-05", "data.points", "-", "003 lines 237, 241"));
    }

    static Stream<Arguments> overTime() {
        return Stream.of(
                q("US series: the peak ends with 2007", "/presence/series?force=US&from=2003&to=2025", "segments[factId=b000-us-troops-2003-2007].to", "2007-12-31", "000 line 37"),
                q("US series: after the peak, the next US figure starts in 2014", "/presence/series?force=US&from=2003&to=2025", "segments[factId=b000-phase4-us-troops-2014-2017].from", "2014-09-01", "000 lines 109, 161"),
                q("US series: the announced 3,000 is marked", "/presence/series?force=US&from=2003&to=2025", "segments[factId=n004-us-troops-3000-announced-2020-09].basis", "ANNOUNCED", "004 line 10"),
                q("Balad timeline: handed over in December 2021", "/bases/balad/timeline", "segments[factId=n004-balad-us-left-2021-12-09].value", "HANDED_OVER", "004 line 20"),
                q("Filter: only US troops", "/presence?on=2021-12-20&force=US", "bases.size", "0", "004 line 5"),
                q("Filter: one troop entry", "/presence?on=2021-12-20&force=US", "troops.size", "1", "004 line 5"),
                q("Diff 2007-2008: the US peak lapsed", "/presence/diff?from=2007-06-01&to=2008-06-01", "changes[subjectId=US].lapsed", "true", "000 line 37"));
    }

    static Stream<Arguments> earlierQuestions() {
        return Stream.of(
                q("US troops at the 2003-2007 peak", "/presence?on=2005-06-01", "troops[force=US].count", "170000", "000 line 37"),
                q("US troops in the anti-ISIS phase", "/presence?on=2015-06-01", "troops[force=US].count", "5200", "000 line 109"),
                q("US troops in December 2017", "/presence?on=2017-12-15", "troops[force=US].factId", "n004-us-troops-5200-2017-12", "004 line 9"),
                q("US troops before the 2020 talks", "/presence?on=2020-06-01", "troops[force=US].count", "5200", "001 line 19"),
                q("...inside that figure's first month it is in transition", "/presence?on=2020-05-10", "troops[force=US].inTransition", "true", "001 line 19"),
                q("US troops in February 2021", "/presence?on=2021-02-01", "troops[force=US].count", "2500", "004 line 11"),
                q("US troops after the combat mission ended", "/presence?on=2021-12-20", "troops[force=US].count", "2500", "004 line 5"),
                q("All foreign troops in December 2021", "/presence?on=2021-12-20", "troops[force=COALITION_TOTAL].count", "3500", "004 line 5"),
                q("US troops in early 2024", "/presence?on=2024-02-01", "troops[force=US].factId", "n003-us-troops-2500-2024-01", "003 line 287"),
                q("No troop figure before 2003", "/presence?on=2002-06-01", "troops[force=US]", "-", "no document"),
                q("Mission in Iraq in 2005", "/presence?on=2005-01-01", "missions[scope=IRAQ].phase", "COMBAT", "000 line 91"),
                q("Mission in Iraq in 2012", "/presence?on=2012-06-01", "missions[scope=IRAQ].phase", "ENDED", "000 line 63"),
                q("Inherent Resolve in August 2014", "/presence?on=2014-08-20", "missions[scope=IRAQ].factId", "n004-inherent-resolve-2014-08", "004 line 8"),
                q("Mission in Iraq in 2015", "/presence?on=2015-01-01", "missions[scope=IRAQ].phase", "COMBAT", "000 line 163"),
                q("Mission on 15 Dec 2021: two sources agree on 9 Dec, one fact citing both", "/presence?on=2021-12-15", "missions[scope=IRAQ].sources.size", "2", "003 line 261; 004 line 1"),
                q("...so it has no alternative", "/presence?on=2021-12-15", "missions[scope=IRAQ].alternatives.size", "0", "003 line 261; 004 line 1"),
                q("Mission on 27 Dec 2021 by the brochure's date", "/presence?on=2021-12-27", "missions[scope=IRAQ].factId", "b000-advise-assist-2021-12-25", "000 line 189"),
                q("Mission in 2022", "/presence?on=2022-06-01", "missions[scope=IRAQ].phase", "ADVISE_ASSIST_ENABLE", "001 line 15"),
                q("K-1 in 2018", "/presence?on=2018-01-01", "bases[baseId=k1].status", "COALITION_PRESENT", "004 line 17"),
                q("K-1 in April 2020", "/presence?on=2020-04-01", "bases[baseId=k1].status", "HANDED_OVER", "004 line 17"),
                q("Qayyarah mid-March 2020 is in transition", "/presence?on=2020-03-15", "bases[baseId=qayyarah].inTransition", "true", "004 line 21"),
                q("Taji after August 2020", "/presence?on=2020-09-01", "bases[baseId=taji].status", "HANDED_OVER", "004 line 19"),
                q("Habbaniyah during the 2014-2015 training", "/presence?on=2015-01-01", "bases[baseId=habbaniyah].status", "COALITION_PRESENT", "004 line 16"),
                q("Habbaniyah in May 2020", "/presence?on=2020-05-01", "bases[baseId=habbaniyah].status", "HANDED_OVER", "004 line 16"),
                q("Harir in January 2022", "/presence?on=2022-01-01", "bases[baseId=harir].status", "COALITION_PRESENT", "004 line 21"),
                q("Ain al-Asad's Arabic name", "/presence?on=2021-12-20", "bases[baseId=ain-al-asad].nameAr", "قاعدة عين الأسد الجوية", "004 line 15"),
                q("SOFA in 2010", "/presence?on=2010-01-01", "agreements[agreementId=sofa-2008].status", "SIGNED", "000 line 67"),
                q("SOFA in 2012", "/presence?on=2012-01-01", "agreements[agreementId=sofa-2008].status", "EXPIRED", "000 line 284"),
                q("SFA in mid-2009", "/presence?on=2009-06-01", "agreements[agreementId=sfa-2008].status", "IN_FORCE", "000 line 267"),
                q("SFA in December 2008", "/presence?on=2008-12-01", "agreements[agreementId=sfa-2008].factId", "b000-sfa-signed", "000 line 267"),
                q("Combat-end agreement on 15 June 2021 (004's month)", "/presence?on=2021-06-15", "agreements[agreementId=combat-end-2021].inTransition", "true", "004 line 12"),
                q("Combat-end agreement on 10 July 2021 (brochure's day)", "/presence?on=2021-07-10", "agreements[agreementId=combat-end-2021].factId", "b000-combat-end-agreed-2021-07-06", "000 line 207"),
                q("2024 joint statement in October 2024", "/presence?on=2024-10-01", "agreements[agreementId=joint-statement-2024].status", "SIGNED", "002 line 16"),
                q("No 2024 joint statement in January 2024", "/presence?on=2024-01-01", "agreements[agreementId=joint-statement-2024]", "-", "002 line 16"),
                q("Coalition members per the brochure", "/facts/b000-coalition-formed-2014-09", "data.members", "84", "000 line 163"),
                q("Coalition members per the paper", "/facts/n003-coalition-86-members-2014-09", "data.members", "86", "003 line 177"),
                q("Victory over ISIS: the paper's date", "/facts/n003-victory-2017-12-10", "when.date", "2017-12-10", "003 line 179"),
                q("Base search by a misspelling in the brochure", "/bases?q=%D8%A7%D9%84%D9%82%D8%A8%D8%A7%D8%B1%D9%8A%D8%A9", "[baseId=qayyarah].province", "Nineveh", "000 line 17"),
                q("K-1 changed between 2020 and 2021", "/presence/diff?from=2020-01-01&to=2021-01-01", "changes[subjectId=k1].after.value", "HANDED_OVER", "004 line 17"),
                q("First dialogue round in June 2020", "/facts?kind=NEGOTIATION&from=2020-06-11&to=2020-06-11", "items[factId=t001-dialogue-round-1-2020-06-11].data.round", "1", "001 line 23"));
    }

    @org.junit.jupiter.api.Test
    void everyFactOfTheBundledChronologyHasBothSummaries() {
        List<JsonNode> facts = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = json.readTree(get("/facts?size=200&page=" + page));
            answer.get("items").forEach(facts::add);
            if (facts.size() >= answer.get("total").asLong()) {
                break;
            }
        }
        assertThat(facts).filteredOn(f -> f.get("recordedBy").asString().equals("seed-importer")).hasSizeGreaterThan(200)
                .allSatisfy(f -> {
                    assertThat(f.get("summaryEn").asString()).as(f.get("factId").asString()).isNotBlank();
                    assertThat(f.get("summaryAr").asString()).as(f.get("factId").asString()).isNotBlank()
                            .matches(".*[\\u0600-\\u06FF].*");
                });
    }

    @org.junit.jupiter.api.Test
    void anArabicWordFindsTheFactsWhoseArabicSummarySaysIt() {
        // «انسحاب» (withdrawal): the page review found 0 facts where "withdrawal" found 25.
        long arabic = json.readTree(get("/facts?q=%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8&size=1")).get("total").asLong();
        long english = json.readTree(get("/facts?q=withdrawal&size=1")).get("total").asLong();
        assertThat(arabic).isGreaterThanOrEqualTo(10);
        assertThat(english).isGreaterThanOrEqualTo(10);
    }

    @org.junit.jupiter.api.Test
    void aQuoteFromASourceFindsTheFactsThatCiteIt() {
        // «سلمتها قوات» is only in the K-1 handover's locator (004 line 17); its Arabic summary says «سلمت قوات».
        JsonNode found = json.readTree(get("/facts?q=%D8%B3%D9%84%D9%85%D8%AA%D9%87%D8%A7%20%D9%82%D9%88%D8%A7%D8%AA&size=200"));
        assertThat(found.get("items").valueStream().map(f -> f.get("factId").asString()).toList())
                .contains("n004-k1-handover-2020-03");
    }

    @org.junit.jupiter.api.Test
    void everyPresenceSeriesAndDiffAnswerNamesItsHead() {
        long seq = events.head();
        String hash = events.chainHeadHash();
        for (String path : List.of("/presence?on=2021-12-20", "/presence/series?force=US",
                "/presence/diff?from=2020-01-01&to=2022-01-01")) {
            JsonNode head = json.readTree(get(path)).get("head");
            assertThat(head.get("seq").asLong()).as(path).isEqualTo(seq);
            assertThat(head.get("hash").asString()).as(path).isEqualTo(hash);
        }
        JsonNode before = json.readTree(get("/presence?on=2021-12-20&asKnownAt=2001-01-01T00:00:00Z")).get("head");
        assertThat(before.get("seq").asLong()).as("nothing stored in 2001: the genesis").isZero();
    }

    private String get(String path) {
        return RestClient.create().get().uri(java.net.URI.create("http://localhost:" + port + "/api/v1" + path))
                .retrieve().body(String.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void answers(String question, String path, String select, String expected, String citation) {
        String body = RestClient.create().get().uri(java.net.URI.create("http://localhost:" + port + "/api/v1" + path)).retrieve()
                .body(String.class);
        JsonNode answer = select(json.readTree(body), select);
        if (expected.equals("-")) {
            assertThat(answer).as(question + " (" + citation + ")").isNull();
        } else {
            assertThat(answer).as(question + " (" + citation + ")").isNotNull();
            assertThat(answer.asString()).as(question + " (" + citation + ")").isEqualTo(expected);
        }
    }

    private static Arguments q(String question, String path, String select, String expected, String citation) {
        return arguments(question, path, select, expected, citation);
    }

    /** Dots separate fields; [key=value] picks the array element with that field; .size counts an array. */
    static JsonNode select(JsonNode node, String path) {
        for (String step : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            String field = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            if (field.equals("size")) {
                return node.isArray() ? json(node.size()) : null;
            }
            if (!field.isEmpty()) {
                node = node.get(field);
            }
            if (node != null && step.contains("[")) {
                String[] pick = step.substring(step.indexOf('[') + 1, step.length() - 1).split("=", 2);
                JsonNode found = null;
                for (JsonNode element : node) {
                    if (element.has(pick[0]) && element.get(pick[0]).asString().equals(pick[1])) {
                        found = element;
                    }
                }
                node = found;
            }
        }
        return node;
    }

    private static JsonNode json(int number) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(number);
    }
}
