package org.fullsms.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

/** The versioning rules of {@link ApiBaselineTest} on made-up listings, so the check itself is known to bite. */
class ApiRulesTest {

    private static final ApiBaselineTest.Baseline RELEASED = new ApiBaselineTest.Baseline(new Version(1, 0, 0),
            new TreeSet<>(List.of("public interface p.A", "p.A public abstract java.lang.String p.A.id()")));

    @Test
    void aRemovedMethodNeedsANewMajorVersion() {
        TreeSet<String> now = new TreeSet<>(List.of("public interface p.A"));
        List<String> problems = ApiBaselineTest.compare("p", RELEASED, now, new Version(1, 1, 0));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("needs major version 2.0.0"), problems.toString());
        assertTrue(ApiBaselineTest.compare("p", RELEASED, now, new Version(2, 0, 0)).isEmpty());
    }

    @Test
    void anAddedMethodNeedsANewMinorVersion() {
        TreeSet<String> now = new TreeSet<>(RELEASED.lines());
        now.add("p.A public default java.lang.String p.A.label() (default)");
        List<String> problems = ApiBaselineTest.compare("p", RELEASED, now, new Version(1, 0, 0));
        assertTrue(problems.get(0).contains("needs minor version 1.1.0"), problems.toString());
        assertTrue(ApiBaselineTest.compare("p", RELEASED, now, new Version(1, 1, 0)).isEmpty());
    }

    @Test
    void anUnchangedApiKeepsItsVersion() {
        assertTrue(ApiBaselineTest.compare("p", RELEASED, new TreeSet<>(RELEASED.lines()), new Version(1, 0, 0))
                .isEmpty());
        assertEquals(1, ApiBaselineTest.compare("p", RELEASED, new TreeSet<>(RELEASED.lines()),
                new Version(1, 0, 1)).size());
    }
}
