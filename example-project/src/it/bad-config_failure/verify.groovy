def log = new File(basedir, 'build.log').text
assert log.contains("Invalid digest configuration: rules: unknown rule 'DG999': use an id such as DG110 or a name such as duplicate-author")
return true
