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

    static Stream<Arguments> questions() {
        return Stream.of(
                q("US troops at the 2003-2007 peak", "/presence?on=2005-06-01", "troops[force=US].count", "170000", "000 line 37"),
                q("US troops in the anti-ISIS phase", "/presence?on=2015-06-01", "troops[force=US].count", "5200", "000 line 109"),
                q("US troops in December 2017", "/presence?on=2017-12-15", "troops[force=US].factId", "n004-us-troops-5200-2017-12", "004 line 9"),
                q("US troops before the 2020 talks", "/presence?on=2020-06-01", "troops[force=US].count", "5200", "001 line 19"),
                q("...that figure's year is still in transition", "/presence?on=2020-06-01", "troops[force=US].inTransition", "true", "001 line 19"),
                q("US troops in February 2021", "/presence?on=2021-02-01", "troops[force=US].count", "2500", "004 line 11"),
                q("US troops after the combat mission ended", "/presence?on=2021-12-20", "troops[force=US].count", "2500", "004 line 5"),
                q("All foreign troops in December 2021", "/presence?on=2021-12-20", "troops[force=COALITION_TOTAL].count", "3500", "004 line 5"),
                q("US troops in early 2024", "/presence?on=2024-02-01", "troops[force=US].factId", "n003-us-troops-2500-2024-01", "003 line 287"),
                q("No troop figure before 2003", "/presence?on=2002-06-01", "troops[force=US]", "-", "no document"),
                q("Mission in Iraq in 2005", "/presence?on=2005-01-01", "missions[scope=IRAQ].phase", "COMBAT", "000 line 91"),
                q("Mission in Iraq in 2012", "/presence?on=2012-06-01", "missions[scope=IRAQ].phase", "ENDED", "000 line 63"),
                q("Inherent Resolve in August 2014", "/presence?on=2014-08-20", "missions[scope=IRAQ].factId", "n004-inherent-resolve-2014-08", "004 line 8"),
                q("Mission in Iraq in 2015", "/presence?on=2015-01-01", "missions[scope=IRAQ].phase", "COMBAT", "000 line 163"),
                q("Mission on 15 Dec 2021 (two sources agree on 9 Dec)", "/presence?on=2021-12-15", "missions[scope=IRAQ].alternatives.size", "1", "003 line 261; 004 line 1"),
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
