# Why a text is not OSM opening_hours (catalog::hours::HoursError).
hours-error-syntax = lecture arrêtée au caractère { $column } (« { $rest } »)
hours-error-syntax-start = ce n'est pas la syntaxe OpenStreetMap dès le premier caractère
hours-error-out-of-range = { $value } est hors des limites ({ $min } à { $max })
hours-error-invalid-time = l'heure { $time } n'existe pas
hours-error-inverted-range = une période finit avant de commencer
hours-error-unsupported = forme que l'outil ne sait pas encore lire ({ $feature })
hours-error-internal = le lecteur d'horaires a échoué ({ $detail })
