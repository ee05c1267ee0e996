package dev.canopy.testsupport;

/**
 * The neighbourhood every isolation test needs: consortium A (manager mA; member a1 with artisan
 * xA1; member a2) and consortium B (manager mB; member b1), all made through the API.
 */
public record TwoConsortia(String a, String managerA, String a1, String artisanA1, String a2, String b,
        String managerB, String b1) {

    public static TwoConsortia create() {
        String managerA = Fixtures.email("manager-a");
        String a = Fixtures.consortium(managerA);
        String a1 = Fixtures.member(a, managerA);
        String artisanA1 = Fixtures.email("artisan-a1");
        Fixtures.artisan(a, a1, managerA, artisanA1);
        String a2 = Fixtures.member(a, managerA);
        String managerB = Fixtures.email("manager-b");
        String b = Fixtures.consortium(managerB);
        String b1 = Fixtures.member(b, managerB);
        return new TwoConsortia(a, managerA, a1, artisanA1, a2, b, managerB, b1);
    }
}
