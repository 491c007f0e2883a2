"""Indonesian messages of the commands, the CLI and its errors, editing (set), output,
configuration and git."""

MESSAGES: dict[str, str] = {
    # the CLI's error line and the validate summary (cli.py, formats/)
    "error: {text}": "galat: {text}",
    "hint": "saran",
    "{message} (hint: {hint})": "{message} (saran: {hint})",
    "{files} checked: {errors}, {warnings}": "{files} diperiksa: {errors}, {warnings}",
    "{count} file": "{count} berkas",
    "{count} files": "{count} berkas",
    "{count} error": "{count} kesalahan",
    "{count} errors": "{count} kesalahan",
    "{count} warning": "{count} peringatan",
    "{count} warnings": "{count} peringatan",
    "{summary}, {count} suppressed": "{summary}, {count} dinonaktifkan",
    "the plan has {count} error": "rencana ini memiliki {count} kesalahan",
    "the plan has {count} errors": "rencana ini memiliki {count} kesalahan",
    "{problem}; fix them first (`smartcity validate` lists them)": "{problem}; perbaiki dulu (`smartcity validate` menampilkannya)",
    "the plan is over a limit on what reading a file may cost; if it is real, raise the "
    "limit with the option the hint names (every command takes it)": "rencana ini melampaui batas biaya membaca berkas; jika memang sebesar itu, naikkan "
    "batasnya dengan opsi yang disebut saran (setiap perintah menerimanya)",
}
