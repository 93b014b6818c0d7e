package io.hubrota.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;

/**
 * Stores weekdays as ISO numbers (1 = Monday .. 7 = Sunday), which sort in week order in SQL; JPA's own enum
 * ordinal would start at 0 and the name would sort alphabetically.
 */
@Converter(autoApply = true)
class DayOfWeekConverter implements AttributeConverter<DayOfWeek, Short> {

    @Override
    public Short convertToDatabaseColumn(DayOfWeek day) {
        return day == null ? null : (short) day.getValue();
    }

    @Override
    public DayOfWeek convertToEntityAttribute(Short value) {
        return value == null ? null : DayOfWeek.of(value);
    }
}
