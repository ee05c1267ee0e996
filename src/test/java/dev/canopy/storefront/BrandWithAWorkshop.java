package dev.canopy.storefront;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import dev.canopy.testsupport.Fixtures;

/** Storefront page tests: each makes its own brand with one workshop, which the test then fills. */
abstract class BrandWithAWorkshop {

    String manager;
    String consortium;
    String member;

    /** The workshop's own fields (name, craft, story); none by default. */
    Map<String, Object> workshop() {
        return Map.of();
    }

    @BeforeEach
    void brandWithAWorkshop() {
        manager = Fixtures.email("manager");
        consortium = Fixtures.consortium(manager);
        member = Fixtures.member(consortium, manager, workshop());
    }
}
