package dev.canopy.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import dev.canopy.platform.errors.InvalidParameter;

/**
 * Query and form parameters read strictly, and refused by name: JAX-RS answers 404 for a query
 * parameter it cannot convert ({@code size=abc}) and reads any word but "true" as false.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, v -> number(name, v, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue());
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(name, v -> number(name, v, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, v -> truth(name, v));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(name, v -> constant(name, v, (Class<? extends Enum>) rawType));
        }
        if (rawType == String.class && isForm(annotations)) {
            return (ParamConverter<T>) converter(name, v -> storable(name, v));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> read) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null ? null : read.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Long number(String name, String value, long least, long most) {
        if (!value.matches("-?[0-9]{1,19}")) {
            throw new InvalidParameter(name, "must be a whole number");
        }
        try {
            long number = Long.parseLong(value);
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException tooLong) {
            // out of range, as below
        }
        throw new InvalidParameter(name, "must be a whole number from " + least + " to " + most);
    }

    private static Boolean truth(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameter(name, "must be true or false");
        };
    }

    private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidParameter(name, "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** Form fields go to the database as typed; query parameters are checked whole by {@link ReadableAddresses}. */
    private static String storable(String name, String value) {
        String problem = PlainText.unstorable(value);
        if (problem != null) {
            throw new InvalidParameter(name, problem);
        }
        return value;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof FormParam form) {
                return form.value();
            }
        }
        return null;
    }

    private static boolean isForm(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(FormParam.class::isInstance);
    }
}
