## YAML reading errors, said in the words of the person who writes the file

yaml-duplicate-key = the key `{ $key }` appears twice at the same level
yaml-duplicate-key-unnamed = a key appears twice at the same level
yaml-duplicate-key-help = a key is given once per block: delete or merge one of the two
yaml-empty-value = empty value: a value is expected after the colon
yaml-empty-value-help = write the value after `key:`, or delete the line if the key is optional
yaml-multiple-documents = this file holds several YAML documents (separated by `---`)
yaml-multiple-documents-help = a file holds one document: remove the `---` line in the middle, or split the content into several files of the same folder
yaml-unknown-anchor = this alias (`*name`) refers to an anchor (`&name`) defined nowhere before it
yaml-unexpected-end = the file ends in the middle of a value
yaml-unexpected-end-help = a quote, a bracket [ or a brace {"{"} is probably not closed
yaml-too-complex = the document is too complex to read (aliases or nesting beyond the limits): it is refused to protect memory
yaml-expected = expected here: { $kind }
yaml-kind-list = a list (`- item` or [a, b])
yaml-kind-mapping = keys with their values (`key: value`)
yaml-kind-boolean = true or false
yaml-kind-whole-number = a whole number (0 or more)
yaml-kind-integer = a whole number
yaml-kind-number = a number
yaml-kind-character = a single character
yaml-kind-text = a text (a single value)
