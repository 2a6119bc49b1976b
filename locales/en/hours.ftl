# Why a text is not OSM opening_hours (catalog::hours::HoursError).
hours-error-syntax = reading stopped at character { $column } (“{ $rest }”)
hours-error-syntax-start = not OpenStreetMap syntax from the first character
hours-error-out-of-range = { $value } is out of bounds ({ $min } to { $max })
hours-error-invalid-time = the time { $time } does not exist
hours-error-inverted-range = a period ends before it starts
hours-error-unsupported = a form the tool cannot read yet ({ $feature })
hours-error-internal = the opening-hours reader failed ({ $detail })
