# Waarom een tekst geen OSM opening_hours is (catalog::hours::HoursError).
hours-error-syntax = lezen gestopt bij teken { $column } (« { $rest } »)
hours-error-syntax-start = dit is vanaf het eerste teken geen OpenStreetMap-syntaxis
hours-error-out-of-range = { $value } valt buiten de grenzen ({ $min } tot { $max })
hours-error-invalid-time = het uur { $time } bestaat niet
hours-error-inverted-range = een periode eindigt voor ze begint
hours-error-unsupported = vorm die het hulpmiddel nog niet kan lezen ({ $feature })
hours-error-internal = de lezer van openingsuren is mislukt ({ $detail })
