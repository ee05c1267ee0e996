package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the managers' landing page (what needs doing), as {@code todo:…} in templates; Russian
 * in {@code messages/todo_ru.properties} (a bundle of its own, as {@link PaymentMessages} explains).
 */
@MessageBundle(value = "todo", locale = "en")
public interface TaskMessages {

    @Message("Needs doing")
    String title();

    @Message("Nothing waits for you.")
    String nothing();

    @Message("Today: {orders} {#if orders == 1}order{#else}orders{/if} paid, {net} net")
    String today(long orders, String net);

    @Message("{count} {#if count == 1}product awaits{#else}products await{/if} review")
    String reviews(long count);

    @Message("{count} {#if count == 1}order awaits{#else}orders await{/if} payment")
    String awaiting(long count);

    @Message("{name}: {count} {#if count == 1}parcel{#else}parcels{/if} not shipped three days after payment")
    String late(String name, long count);

    @Message("{name}: {count} {#if count == 1}variant{#else}variants{/if} with two pieces or fewer left")
    String running_out(String name, long count);
}
