package dev.canopy.ordering.mail;

import dev.canopy.tenancy.ConsortiumView;

/** The consortium as its mails show it: name, logo (an absolute image address, else none) and colour. */
public record Brand(String name, String logo, String color) {

    /** Canopy's own green, for a brand that has not chosen its colour. */
    private static final String NO_COLOR = "#2f5d50";

    static Brand of(ConsortiumView consortium) {
        String logo = consortium.logo();
        boolean absolute = logo != null && (logo.startsWith("https://") || logo.startsWith("http://"));
        return new Brand(consortium.name(), absolute ? logo : null,
                consortium.primaryColor() == null ? NO_COLOR : consortium.primaryColor());
    }
}
