<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Access</name>
    <message>
        <source>Your role does not give access to the persons&apos; registry.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso all&apos;archivio delle persone.</translation>
    </message>
    <message>
        <source>Your role does not give access to households.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso ai nuclei familiari.</translation>
    </message>
    <message>
        <source>Your role does not give access to the segretariato sociale.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso al segretariato sociale.</translation>
    </message>
    <message>
        <source>Your role does not give access to cases.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso alle cartelle.</translation>
    </message>
    <message>
        <source>Your role does not open cases.</source>
        <translation>Il tuo ruolo non prevede l&apos;apertura di cartelle.</translation>
    </message>
    <message>
        <source>Your role does not change the status of a case.</source>
        <translation>Il tuo ruolo non prevede la modifica dello stato di una cartella.</translation>
    </message>
    <message>
        <source>Only the zone manager reassigns cases.</source>
        <translation>Solo il responsabile di zona può riassegnare le cartelle.</translation>
    </message>
    <message>
        <source>Your role does not change the people or the team of a case.</source>
        <translation>Il tuo ruolo non prevede la modifica delle persone o dell&apos;équipe di una cartella.</translation>
    </message>
    <message>
        <source>Your role does not mark cases as restricted.</source>
        <translation>Il tuo ruolo non prevede di segnare le cartelle come riservate.</translation>
    </message>
    <message>
        <source>Your role does not give access to the diary, the project or the notes of a case.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso al diario, al progetto o alle note di una cartella.</translation>
    </message>
    <message>
        <source>Your role does not write in the social diary.</source>
        <translation>Il tuo ruolo non prevede la scrittura nel diario sociale.</translation>
    </message>
    <message>
        <source>Your role does not change the project.</source>
        <translation>Il tuo ruolo non prevede la modifica del progetto.</translation>
    </message>
    <message>
        <source>Your role does not give access to deadlines.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso alle scadenze.</translation>
    </message>
    <message>
        <source>Your role has no emergency access to cases.</source>
        <translation>Il tuo ruolo non prevede l&apos;accesso d&apos;emergenza alle cartelle.</translation>
    </message>
    <message>
        <source>Only the zone manager approves economic aid.</source>
        <translation>Solo il responsabile di zona può approvare i contributi economici.</translation>
    </message>
    <message>
        <source>Only the zone manager reads who consulted a file.</source>
        <translation>Solo il responsabile di zona può vedere chi ha consultato una scheda.</translation>
    </message>
    <message>
        <source>Only the zone manager exports a person&apos;s data.</source>
        <translation>Solo il responsabile di zona può esportare i dati di una persona.</translation>
    </message>
    <message>
        <source>Only the system administrator manages users.</source>
        <translation>Solo l&apos;amministratore di sistema può gestire gli utenti.</translation>
    </message>
    <message>
        <source>Your role does not verify the audit trail.</source>
        <translation>Il tuo ruolo non prevede la verifica del registro degli accessi.</translation>
    </message>
    <message>
        <source>Your role does not apply the retention rules.</source>
        <translation>Il tuo ruolo non prevede l&apos;applicazione delle regole di conservazione dei dati.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Il tuo ruolo non consente questa operazione.</translation>
    </message>
    <message>
        <source>Your role does not give access to services and aid.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso ai servizi e contributi.</translation>
    </message>
    <message>
        <source>Your role does not request services or aid.</source>
        <translation>Il tuo ruolo non prevede la richiesta di servizi o contributi.</translation>
    </message>
    <message>
        <source>Your role does not record payments.</source>
        <translation>Il tuo ruolo non prevede la registrazione dei pagamenti.</translation>
    </message>
    <message>
        <source>Your role does not record ISEE declarations.</source>
        <translation>Il tuo ruolo non prevede la registrazione delle dichiarazioni ISEE.</translation>
    </message>
    <message>
        <source>Your role does not manage budget lines.</source>
        <translation>Il tuo ruolo non prevede la gestione dei capitoli di bilancio.</translation>
    </message>
    <message>
        <source>Only the zone manager authorises spending beyond a line&apos;s allocation.</source>
        <translation>Solo il responsabile di zona può autorizzare una spesa oltre lo stanziamento di un capitolo.</translation>
    </message>
    <message>
        <source>Your role does not change the catalogue of services.</source>
        <translation>Il tuo ruolo non prevede la modifica del catalogo dei servizi.</translation>
    </message>
    <message>
        <source>Your role does not export services and aid.</source>
        <translation>Il tuo ruolo non prevede l&apos;esportazione di servizi e contributi.</translation>
    </message>
    <message>
        <source>Your role does not give access to court mandates.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso ai mandati dell&apos;autorità giudiziaria.</translation>
    </message>
    <message>
        <source>Your role does not record court mandates or their tasks.</source>
        <translation>Il tuo ruolo non prevede la registrazione di mandati dell&apos;autorità giudiziaria o dei loro compiti.</translation>
    </message>
    <message>
        <source>Only the zone manager sets the reminders of court mandates.</source>
        <translation>Solo il responsabile di zona imposta i promemoria dei mandati.</translation>
    </message>
    <message>
        <source>Your role does not give access to the on-call rota.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso ai turni di reperibilità.</translation>
    </message>
    <message>
        <source>Only the zone manager organises the on-call rota.</source>
        <translation>Solo il responsabile di zona organizza i turni di reperibilità.</translation>
    </message>
    <message>
        <source>Your role does not give access to the emergency log.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso al registro delle emergenze.</translation>
    </message>
    <message>
        <source>Only the zone manager reads the figures of the emergency service.</source>
        <translation>Solo il responsabile di zona legge i dati del pronto intervento sociale.</translation>
    </message>
    <message>
        <source>Your role does not give access to court reports.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso alle relazioni all&apos;autorità giudiziaria.</translation>
    </message>
    <message>
        <source>Your role does not write court reports.</source>
        <translation>Il tuo ruolo non prevede la scrittura di relazioni all&apos;autorità giudiziaria.</translation>
    </message>
    <message>
        <source>Your role does not give access to projects.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso ai progetti.</translation>
    </message>
    <message>
        <source>Your role does not give access to the figures of projects.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso ai dati numerici dei progetti.</translation>
    </message>
    <message>
        <source>Only the zone manager creates and closes projects and sets their team.</source>
        <translation>Solo il responsabile di zona crea e chiude i progetti e ne definisce l&apos;équipe.</translation>
    </message>
    <message>
        <source>Your role does not enrol cases in projects.</source>
        <translation>Il tuo ruolo non prevede l&apos;iscrizione di cartelle ai progetti.</translation>
    </message>
    <message>
        <source>Your role does not give access to the foster families.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso alle famiglie affidatarie.</translation>
    </message>
    <message>
        <source>Your role does not change the registry of foster families.</source>
        <translation>Il tuo ruolo non prevede la modifica dell&apos;albo delle famiglie affidatarie.</translation>
    </message>
    <message>
        <source>Your role does not give access to foster placements.</source>
        <translation>Il tuo ruolo non consente l&apos;accesso agli affidamenti familiari.</translation>
    </message>
    <message>
        <source>Your role does not record foster placements.</source>
        <translation>Il tuo ruolo non prevede la registrazione degli affidamenti familiari.</translation>
    </message>
    <message>
        <source>Only the zone manager sets the warning ahead of a placement&apos;s term.</source>
        <translation>Solo il responsabile di zona può impostare il preavviso sul termine di un affidamento.</translation>
    </message>
</context>
<context>
    <name>AccessReportDialog</name>
    <message>
        <source>Who consulted this file</source>
        <translation>Chi ha consultato questa scheda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
</context>
<context>
    <name>AdminCli</name>
    <message>
        <source>The option %1 is missing its value or has a wrong one.</source>
        <translation>Manca il valore dell&apos;opzione %1, oppure il valore non è valido.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;.</source>
        <translation>Livello di log &quot;%1&quot; sconosciuto.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando specificato.</translation>
    </message>
    <message>
        <source>The command %1 takes no arguments.</source>
        <translation>Il comando %1 non accetta argomenti.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando &quot;%1&quot; sconosciuto.</translation>
    </message>
    <message>
        <source>The database %1 already exists; its schema is version %2.</source>
        <translation>Il database %1 esiste già; la versione dello schema è %2.</translation>
    </message>
    <message>
        <source>Database created: %1 (schema version %2).</source>
        <translation>Database creato: %1 (versione dello schema %2).</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Use &quot;init&quot; to create one.</source>
        <translation>Il file di database %1 non esiste. Per crearlo, usare &quot;init&quot;.</translation>
    </message>
    <message>
        <source>The database is up to date (schema version %1).</source>
        <translation>Il database è aggiornato (versione dello schema %1).</translation>
    </message>
    <message>
        <source>The database was updated from schema version %1 to %2.</source>
        <translation>Il database è stato aggiornato dalla versione dello schema %1 alla %2.</translation>
    </message>
    <message>
        <source>A copy of the file as it was is in %1.</source>
        <translation>La copia di sicurezza del file prima dell&apos;aggiornamento si trova in %1.</translation>
    </message>
    <message>
        <source>The command status takes no arguments.</source>
        <translation>Il comando status non accetta argomenti.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Versione dello schema: %1 (questo programma: %2)</translation>
    </message>
    <message>
        <source>--persons takes a whole number from 1 to 1000000.</source>
        <translation>--persons richiede un numero intero da 1 a 1000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole non-negative number.</source>
        <translation>--seed richiede un numero intero non negativo.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo person(s) created in %1.</source>
        <translation>
            <numerusform>%n persona di esempio creata in %1.</numerusform>
            <numerusform>%n persone di esempio create in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n person(s). Demo data go only into an empty database.</source>
        <translation>
            <numerusform>Il database contiene già %n persona. I dati di esempio si possono caricare solo in un database vuoto.</numerusform>
            <numerusform>Il database contiene già %n persone. I dati di esempio si possono caricare solo in un database vuoto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Lunigiana Comuni are missing from the place tables.</source>
        <translation>Nelle tabelle dei luoghi mancano i Comuni della Lunigiana.</translation>
    </message>
    <message>
        <source>fiscal-code needs one of: check, decode, compute.</source>
        <translation>fiscal-code richiede uno di questi comandi: check, decode, compute.</translation>
    </message>
    <message>
        <source>Unknown fiscal-code command &quot;%1&quot;.</source>
        <translation>Comando fiscal-code &quot;%1&quot; sconosciuto.</translation>
    </message>
    <message>
        <source>fiscal-code check needs at least one code.</source>
        <translation>fiscal-code check richiede almeno un codice.</translation>
    </message>
    <message>
        <source>fiscal-code decode needs exactly one code.</source>
        <translation>fiscal-code decode richiede esattamente un codice.</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 non è valido: %2</translation>
    </message>
    <message>
        <source>%1 is a temporary code: it encodes no personal data.</source>
        <translation>%1 è un codice fiscale provvisorio: non contiene dati anagrafici.</translation>
    </message>
    <message>
        <source>fiscal-code compute needs --%1.</source>
        <translation>fiscal-code compute richiede --%1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argomento non previsto: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--sex must be M or F.</source>
        <translation>--sex deve essere M o F.</translation>
    </message>
    <message>
        <source>--birth-date must be a real date written YYYY-MM-DD.</source>
        <translation>--birth-date deve essere una data esistente nel formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L&apos;opzione --%1 richiede un valore.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opzione --%1 sconosciuta.</translation>
    </message>
    <message>
        <source>The command paths takes no arguments.</source>
        <translation>Il comando paths non accetta argomenti.</translation>
    </message>
    <message>
        <source>--size takes small, zone or large.</source>
        <translation>--size accetta small, zone o large.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) with their diaries created.</source>
        <translation>
            <numerusform>%n cartella di esempio creata con il suo diario.</numerusform>
            <numerusform>%n cartelle di esempio create con i loro diari.</numerusform>
        </translation>
    </message>
    <message>
        <source>case needs one of: list, show.</source>
        <translation>case richiede uno di: list, show.</translation>
    </message>
    <message>
        <source>--status takes one of: %1.</source>
        <translation>--status accetta uno di: %1.</translation>
    </message>
    <message>
        <source>--area takes one of: %1.</source>
        <translation>--area accetta uno di: %1.</translation>
    </message>
    <message>
        <source>case show needs exactly one case number, e.g. 2026/0042.</source>
        <translation>case show richiede esattamente un numero di cartella, per esempio 2026/0042.</translation>
    </message>
    <message>
        <source>The case could not be read completely.</source>
        <translation>Non è stato possibile leggere la cartella per intero.</translation>
    </message>
    <message>
        <source>Case %1 (%2), %3, responsible: %4</source>
        <translation>Cartella %1 (%2), %3, responsabile: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n diary entry(ies), %1 history event(s).</source>
        <translation>
            <numerusform>%n annotazione di diario, %1 eventi nello storico.</numerusform>
            <numerusform>%n annotazioni di diario, %1 eventi nello storico.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: audit verify [--json]</source>
        <translation>Uso: audit verify [--json]</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s).</source>
        <translation>
            <numerusform>Il registro degli accessi è integro: %n record.</numerusform>
            <numerusform>Il registro degli accessi è integro: %n record.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1.</source>
        <translation>Il registro degli accessi è stato manomesso: %1.</translation>
    </message>
    <message>
        <source>This command acts as a user: give --user NAME (or $CARTELLA_USER).</source>
        <translation>Questo comando agisce come un utente: indica --user NOME (o $CARTELLA_USER).</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Password di %1</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Password provvisoria</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ripetila</translation>
    </message>
    <message>
        <source>Use: user list | user add NAME ... | user reset-password NAME</source>
        <translation>Uso: user list | user add NOME ... | user reset-password NOME</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>Comando utente sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the user: user %1 NAME.</source>
        <translation>Indica l&apos;utente: user %1 NOME.</translation>
    </message>
    <message>
        <source>user add needs --full-name and --role (social_worker, zone_manager, administrative, educator, system_admin).</source>
        <translation>user add richiede --full-name e --role (social_worker, zone_manager, administrative, educator, system_admin).</translation>
    </message>
    <message>
        <source>No temporary password given (or the two differ).</source>
        <translation>Nessuna password provvisoria indicata (o le due sono diverse).</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Ruolo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>User %1 created; the password must be changed at the first login.</source>
        <translation>Utente %1 creato; la password va cambiata al primo accesso.</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Password di %1 reimpostata; va cambiata al prossimo accesso.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Non esiste l&apos;utente %1.</translation>
    </message>
    <message>
        <source>person needs one of: access-report, export.</source>
        <translation>person richiede uno di: access-report, export.</translation>
    </message>
    <message>
        <source>person access-report needs exactly one person id.</source>
        <translation>person access-report richiede esattamente un identificativo di persona.</translation>
    </message>
    <message>
        <source>person export needs exactly one person id.</source>
        <translation>person export richiede esattamente un identificativo di persona.</translation>
    </message>
    <message>
        <source>person export needs --json FILE, --pdf FILE or both.</source>
        <translation>person export richiede --json FILE, --pdf FILE o entrambi.</translation>
    </message>
    <message>
        <source>Data written to %1.</source>
        <translation>Dati salvati in %1.</translation>
    </message>
    <message>
        <source>retention needs: apply --closed-before YYYY-MM-DD [--dry-run] [--json].</source>
        <translation>retention richiede: apply --closed-before YYYY-MM-DD [--dry-run] [--json].</translation>
    </message>
    <message>
        <source>retention apply needs --closed-before YYYY-MM-DD and nothing else.</source>
        <translation>retention apply richiede --closed-before YYYY-MM-DD e nient&apos;altro.</translation>
    </message>
    <message>
        <source>--closed-before takes a date as YYYY-MM-DD.</source>
        <translation>--closed-before richiede una data nel formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 case(s) and %2 person(s) would be anonymised (closed before %3).</source>
        <translation>Da anonimizzare (cartelle chiuse prima del %3): cartelle %1, persone %2.</translation>
    </message>
    <message>
        <source>Nothing to anonymise: no case closed before %1 is left with its data.</source>
        <translation>Nulla da anonimizzare: nessuna cartella chiusa prima del %1 conserva ancora i suoi dati.</translation>
    </message>
    <message>
        <source>%1 case(s) and %2 person(s) anonymised (closed before %3, retention run %4).</source>
        <translation>Anonimizzate (cartelle chiuse prima del %3, procedura di conservazione n. %4): cartelle %1, persone %2.</translation>
    </message>
    <message>
        <source>services needs one of: export, siuss.</source>
        <translation>services richiede uno di questi comandi: export, siuss.</translation>
    </message>
    <message>
        <source>services export needs --csv deliveries|payments, --from, --to and --out FILE.</source>
        <translation>services export richiede --csv deliveries|payments, --from, --to e --out FILE.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from e --to accettano date nel formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--line takes the id of a budget line.</source>
        <translation>--line accetta l&apos;id di un capitolo di bilancio.</translation>
    </message>
    <message>
        <source>--area takes 1 (family_minors), 2 (disability) or 3 (poverty).</source>
        <translation>--area accetta 1 (family_minors), 2 (disabilità) o 3 (povertà).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) delivered written to %1.</source>
        <translation>
            <numerusform>%n prestazione erogata scritta in %1.</numerusform>
            <numerusform>%n prestazioni erogate scritte in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) written to %1.</source>
        <translation>
            <numerusform>%n pagamento scritto in %1.</numerusform>
            <numerusform>%n pagamenti scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>services siuss needs --from, --to and --out FILE.</source>
        <translation>services siuss richiede --from, --to e --out FILE.</translation>
    </message>
    <message>
        <source>SIUSS flow %1, from %2 to %3: %4 person(s) with %5 benefit(s) in the period.</source>
        <translation>Flusso SIUSS %1, dal %2 al %3: persone %4, prestazioni %5 nel periodo.</translation>
    </message>
    <message>
        <source>Nothing can be sent: no file was written.</source>
        <translation>Non c&apos;è nulla da inviare: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>%1 person(s) with %2 benefit(s) written to %3.</source>
        <translation>Scritte in %3: persone %1, prestazioni %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): what they name is left out of the file.</source>
        <translation>
            <numerusform>%n problema: ciò a cui si riferisce è escluso dal file.</numerusform>
            <numerusform>%n problemi: ciò a cui si riferiscono è escluso dal file.</numerusform>
        </translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>persona %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>prestazione %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>cartella %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The problems are also in %1.</source>
        <translation>I problemi sono anche in %1.</translation>
    </message>
    <message>
        <source>settings needs: show, or set KEY VALUE (keys: %1).</source>
        <translation>settings richiede: show, oppure set KEY VALUE (chiavi: %1).</translation>
    </message>
    <message>
        <source>%1 set.</source>
        <translation>%1 impostato.</translation>
    </message>
    <message>
        <source>The demo has no open case to hand an emergency over to.</source>
        <translation>La demo non ha cartelle aperte a cui passare un&apos;emergenza.</translation>
    </message>
    <message>
        <source>woman, about %1</source>
        <translation>donna, circa %1 anni</translation>
    </message>
    <message>
        <source>man, about %1</source>
        <translation>uomo, circa %1 anni</translation>
    </message>
    <message>
        <source>projects needs one of: list, counts.</source>
        <translation>projects richiede uno di: list, counts.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Non è stato possibile scrivere il file %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) counted into %1.</source>
        <translation>
            <numerusform>Conteggi di %n progetto scritti in %1.</numerusform>
            <numerusform>Conteggi di %n progetti scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>enrolled %1, joined %2, left %3, in the period %4, cases %5</source>
        <translation>iscritti %1, ingressi %2, dimissioni %3, nel periodo %4, cartelle %5</translation>
    </message>
    <message>
        <source>demo needs --size small|zone|large, --persons N, or both.</source>
        <translation>demo richiede --size small|zone|large, --persons N, o entrambi.</translation>
    </message>
    <message>
        <source>[%1 s] %2</source>
        <translation>[%1 s] %2</translation>
    </message>
    <message numerus="yes">
        <source>Persons: %n to create…</source>
        <translation>
            <numerusform>Persone: %n da creare…</numerusform>
            <numerusform>Persone: %n da creare…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent casework: workers, users, cases, diaries, projects, intake contacts…</source>
        <translation>Lavoro recente: operatori, utenti, cartelle, diari, progetti, contatti di segretariato…</translation>
    </message>
    <message>
        <source>Services and aid of the year…</source>
        <translation>Prestazioni e contributi dell&apos;anno…</translation>
    </message>
    <message>
        <source>Court mandates…</source>
        <translation>Mandati giudiziari…</translation>
    </message>
    <message>
        <source>Pronto Intervento: the rota and emergencies…</source>
        <translation>Pronto Intervento: turni di reperibilità ed emergenze…</translation>
    </message>
    <message>
        <source>Projects…</source>
        <translation>Progetti…</translation>
    </message>
    <message>
        <source>Foster care…</source>
        <translation>Affido…</translation>
    </message>
    <message numerus="yes">
        <source>The years before: %n case(s) with their diaries and services…</source>
        <translation>
            <numerusform>Gli anni precedenti: %n cartella con diari e prestazioni…</numerusform>
            <numerusform>Gli anni precedenti: %n cartelle con diari e prestazioni…</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 of %2 past cases, %3 diary entries, %4 services and aid</source>
        <translation>  %1 di %2 cartelle passate, %3 annotazioni di diario, %4 prestazioni e contributi</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>The demo has no social worker to open a case in an emergency.</source>
        <translation>La demo non ha un assistente sociale che apra una cartella in emergenza.</translation>
    </message>
    <message>
        <source>The demo has no case for an emergency access.</source>
        <translation>La demo non ha una cartella per un accesso in emergenza.</translation>
    </message>
    <message>
        <source>The demo has nobody for an archived case.</source>
        <translation>La demo non ha nessuno per una cartella d&apos;archivio.</translation>
    </message>
    <message>
        <source>The demo&apos;s court decrees could not be read.</source>
        <translation>Non è stato possibile leggere i decreti della demo.</translation>
    </message>
    <message>
        <source>The demo has no open family case to report to the court on.</source>
        <translation>La demo non ha una cartella aperta dell&apos;area famiglia e minori su cui relazionare all&apos;autorità giudiziaria.</translation>
    </message>
    <message>
        <source>The demo has no educator to follow a PIS.</source>
        <translation>La demo non ha un educatore che segua un PIS.</translation>
    </message>
    <message>
        <source>The demo has too few adults in charge for a PIS and a tirocinio.</source>
        <translation>La demo ha troppo pochi adulti in carico per un PIS e un tirocinio.</translation>
    </message>
    <message>
        <source>The demo has too few open cases of adults to lend to.</source>
        <translation>La demo ha troppo poche cartelle aperte di adulti a cui concedere un prestito.</translation>
    </message>
    <message>
        <source>Case %1 has no principal beneficiary.</source>
        <translation>La cartella %1 non ha un beneficiario principale.</translation>
    </message>
    <message>
        <source>The demo has no budget line %1 for %2.</source>
        <translation>La demo non ha il capitolo di bilancio %1 per il %2.</translation>
    </message>
    <message>
        <source>The catalogue has no service &quot;%1&quot;.</source>
        <translation>Il catalogo non ha il servizio «%1».</translation>
    </message>
    <message>
        <source>Usage: cartella-admin [--database PATH] [--user NAME] [--lang it|en] [--log-level LEVEL] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Uso: cartella-admin [--database PATH] [--user NAME] [--lang it|en] [--log-level LEVEL] COMMAND [OPTIONS]

Comandi:
</translation>
    </message>
    <message>
        <source>
Services and aid:
</source>
        <translation>
Servizi e contributi:
</translation>
    </message>
    <message>
        <source>
Projects:
</source>
        <translation>
Progetti:
</translation>
    </message>
    <message>
        <source>
The database is --database PATH, else $CARTELLA_DATABASE, else the application data folder.
--user NAME (else $CARTELLA_USER) logs in; the password is $CARTELLA_PASSWORD or typed.
</source>
        <translation>
Il database è --database PATH, altrimenti $CARTELLA_DATABASE, altrimenti la cartella dati dell&apos;applicazione.
--user NAME (altrimenti $CARTELLA_USER) accede come quell&apos;utente; la password è $CARTELLA_PASSWORD o viene digitata.
</translation>
    </message>
    <message>
        <source>  case list [--json] [--status S] [--area A]
                               cases: number, area, status, responsible worker
  case show NUMBER [--json]    one case with members, history, diary, project and deadlines
</source>
        <translation>  case list [--json] [--status S] [--area A]
                               cartelle: numero, area, stato, operatore responsabile
  case show NUMBER [--json]    una cartella con componenti, storico, diario, progetto e scadenze
</translation>
    </message>
    <message>
        <source>  demo --size small|zone|large [--persons N] [--seed S]
                               fill an empty database with a synthetic zone: persons, workers,
                               cases, diaries and every feature (about 500, 20000 or 100000
                               persons; large is a zone after ten years); with --persons, the
                               same zone scaled to N persons
  demo --persons N [--seed S]  fill an empty database with N synthetic persons only
</source>
        <translation>  demo --size small|zone|large [--persons N] [--seed S]
                               riempie un database vuoto con una zona fittizia: persone, operatori,
                               cartelle, diari e ogni funzione (circa 500, 20000 o 100000 persone;
                               large è una zona dopo dieci anni); con --persons, la stessa zona
                               in scala, con N persone
  demo --persons N [--seed S]  riempie un database vuoto con N persone fittizie e basta
</translation>
    </message>
    <message>
        <source>Loans, PIS, tirocini, court reports, an emergency access and the paper archive…</source>
        <translation>Prestiti, PIS, tirocini, relazioni all&apos;autorità giudiziaria, un accesso di emergenza e l&apos;archivio cartaceo…</translation>
    </message>
    <message>
        <source>  fiscal-code check CODE...    check fiscal codes
  fiscal-code decode CODE      sex, birth date and place encoded in a fiscal code
  fiscal-code compute --surname S --name N --sex M|F --birth-date YYYY-MM-DD
                     --birth-place NAME_OR_CODE
                               the fiscal code for these data
</source>
        <translation>  fiscal-code check CODE...    verifica i codici fiscali
  fiscal-code decode CODE      sesso, data e luogo di nascita contenuti in un codice fiscale
  fiscal-code compute --surname S --name N --sex M|F --birth-date YYYY-MM-DD
                     --birth-place NAME_OR_CODE
                               il codice fiscale corrispondente a questi dati
</translation>
    </message>
    <message>
        <source>  init                         create a new database (or confirm an existing one)
</source>
        <translation>  init                         crea un nuovo database (o conferma quello esistente)
</translation>
    </message>
    <message>
        <source>  migrate                      update an existing database to this version&apos;s schema
</source>
        <translation>  migrate                      aggiorna un database esistente allo schema di questa versione
</translation>
    </message>
    <message>
        <source>  status [--json]              schema version and number of rows per table
</source>
        <translation>  status [--json]              versione dello schema e numero di righe per tabella
</translation>
    </message>
    <message>
        <source>  paths                        where the database, the backups and the logs are
</source>
        <translation>  paths                        dove si trovano il database, le copie di sicurezza e i log
</translation>
    </message>
    <message>
        <source>  audit verify [--json]        check that no record of the audit trail was edited, deleted,
                               inserted or reordered
</source>
        <translation>  audit verify [--json]        verifica che nessun record del registro degli accessi sia stato
                               modificato, cancellato, inserito o riordinato
</translation>
    </message>
    <message>
        <source>  person access-report ID [--json]
                               who consulted the person&apos;s file and their cases, newest first
                               (needs --user of a zone manager)
  person export ID [--json FILE] [--pdf FILE]
                               all data held about the person, without third parties, to JSON
                               and/or PDF (GDPR art. 15; needs --user of a zone manager)
</source>
        <translation>  person access-report ID [--json]
                               chi ha consultato la scheda della persona e le sue cartelle, in
                               ordine dal più recente (serve --user di un responsabile di zona)
  person export ID [--json FILE] [--pdf FILE]
                               tutti i dati conservati sulla persona, senza quelli di terzi, in JSON
                               e/o PDF (art. 15 GDPR; serve --user di un responsabile di zona)
</translation>
    </message>
    <message>
        <source>  projects list [--json]       the generic projects with their funder, period and team
  projects counts [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv FILE]
                               enrolled, joined and left per project and Comune in the period
                               (from 1 January to today unless given)
</source>
        <translation>  projects list [--json]       i progetti generici con ente finanziatore, periodo ed équipe
  projects counts [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --csv FILE]
                               iscritti, ingressi e uscite per progetto e Comune nel periodo
                               (se non indicato, dal 1° gennaio a oggi)
</translation>
    </message>
    <message>
        <source>  retention apply --closed-before YYYY-MM-DD [--dry-run] [--json]
                               anonymise the cases closed before the date and their persons who
                               appear in nothing newer (needs --user of a zone manager or system
                               administrator); --dry-run only counts
</source>
        <translation>  retention apply --closed-before YYYY-MM-DD [--dry-run] [--json]
                               anonimizza le cartelle chiuse prima della data e le loro persone che
                               non compaiono in nulla di più recente (serve --user di un
                               responsabile di zona o di un amministratore di sistema); con
                               --dry-run si limita a contarle
</translation>
    </message>
    <message>
        <source>  services export --csv deliveries|payments --from YYYY-MM-DD --to YYYY-MM-DD [--line ID]
                  [--area 1|2|3] [--comune ISTAT] --out FILE
                               the services delivered or the aid paid in the period, as CSV
                               (needs --user of a zone manager or administrative officer)
  services siuss --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--problems FILE]
                               the period&apos;s benefits as an INPS SIUSS file; what cannot be
                               sent is listed (and written to --problems as CSV)
</source>
        <translation>  services export --csv deliveries|payments --from YYYY-MM-DD --to YYYY-MM-DD [--line ID]
                  [--area 1|2|3] [--comune ISTAT] --out FILE
                               le prestazioni erogate o i contributi pagati nel periodo, in CSV
                               (serve --user di un responsabile di zona o di un operatore amministrativo)
  services siuss --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--problems FILE]
                               le prestazioni del periodo come file SIUSS dell&apos;INPS; ciò che non si
                               può inviare viene elencato (e scritto in --problems come CSV)
</translation>
    </message>
    <message>
        <source>  settings show                the office settings (the SIUSS sender)
  settings set KEY VALUE       siuss_ente_code, siuss_ente_name or siuss_ente_belfiore
                               (needs --user of a zone manager or system administrator)
</source>
        <translation>  settings show                le impostazioni dell&apos;ufficio (il mittente SIUSS)
  settings set KEY VALUE       siuss_ente_code, siuss_ente_name o siuss_ente_belfiore
                               (serve --user di un responsabile di zona o di un amministratore di sistema)
</translation>
    </message>
    <message>
        <source>  user list [--json]           the users (needs --user of a system administrator)
  user add NAME --full-name F --role ROLE [--worker ID] [--comuni CODES]
                               a new user with a temporary password ($CARTELLA_NEW_PASSWORD or
                               typed), to be changed at the first login
  user reset-password NAME     a new temporary password, to be changed at the next login
</source>
        <translation>  user list [--json]           gli utenti (serve --user di un amministratore di sistema)
  user add NAME --full-name F --role ROLE [--worker ID] [--comuni CODES]
                               un nuovo utente con una password provvisoria ($CARTELLA_NEW_PASSWORD
                               o digitata), da cambiare al primo accesso
  user reset-password NAME     una nuova password provvisoria, da cambiare al prossimo accesso
</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve the request</source>
        <translation>Approva la richiesta</translation>
    </message>
    <message>
        <source>&amp;Budget line</source>
        <translation>&amp;Capitolo di bilancio</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>Data della &amp;decisione</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Authorise spending beyond the allocation</source>
        <translation>Autori&amp;zza la spesa oltre lo stanziamento</translation>
    </message>
    <message>
        <source>A&amp;mount (€)</source>
        <translation>&amp;Importo (€)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Why the line may go beyond its allocation (kept with the line)</source>
        <translation>Perché il capitolo può superare lo stanziamento (resta registrato con il capitolo)</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Record attendance</source>
        <translation>Registra presenze</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mese</translation>
    </message>
    <message>
        <source>Hours &amp;planned</source>
        <translation>Ore &amp;previste</translation>
    </message>
    <message>
        <source>Hours &amp;attended</source>
        <translation>Ore di pr&amp;esenza</translation>
    </message>
</context>
<context>
    <name>AttendanceRuleDialog</name>
    <message>
        <source>Attendance rule of the PIS</source>
        <translation>Regola delle presenze del PIS</translation>
    </message>
    <message>
        <source>The monthly subsidy follows the share of planned hours attended. The rule applies to the months recorded from now on; months already recorded keep the rule they were recorded under.</source>
        <translation>Il contributo mensile dipende dalla quota di ore previste in cui la persona è stata presente. La regola si applica ai mesi registrati da ora in poi; i mesi già registrati mantengono la regola in vigore al momento della loro registrazione.</translation>
    </message>
    <message>
        <source>&amp;Whole subsidy from</source>
        <translation>&amp;Contributo intero dal</translation>
    </message>
    <message>
        <source>&amp;Nothing below</source>
        <translation>&amp;Nessun contributo sotto il</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The password must not contain your name or user name.</source>
        <translation>La password non deve contenere il tuo nome o il nome utente.</translation>
    </message>
    <message>
        <source>The password is too simple: use more different characters.</source>
        <translation>La password è troppo semplice: usa più caratteri diversi.</translation>
    </message>
    <message>
        <source>The user name is required, without spaces.</source>
        <translation>Il nome utente è obbligatorio, senza spazi.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Nome e cognome sono obbligatori.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>Il nome utente %1 è già in uso.</translation>
    </message>
    <message>
        <source>This database already has users: ask an administrator.</source>
        <translation>Questo database ha già degli utenti: rivolgiti a un amministratore.</translation>
    </message>
    <message>
        <source>Demo users are made only by the demo generator.</source>
        <translation>Gli utenti di prova sono creati solo dal generatore di dati di prova.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation>Troppe password errate: l&apos;account è bloccato fino alle %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Troppe password errate: l&apos;account è bloccato per %n minuto.</numerusform>
            <numerusform>Troppe password errate: l&apos;account è bloccato per %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <translation>L&apos;utente non esiste.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La password attuale è errata.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Nessun utente ha effettuato l&apos;accesso.</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Emergency access to a case</source>
        <translation>Accesso d&apos;emergenza a una cartella</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>&amp;Numero di cartella</translation>
    </message>
    <message>
        <source>e.g. 2026/0042</source>
        <translation>per esempio 2026/0042</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Why you need this case now: who called, what happened</source>
        <translation>Perché ti serve ora questa cartella: chi ha chiamato, che cosa è successo</translation>
    </message>
</context>
<context>
    <name>BudgetChangeDialog</name>
    <message>
        <source>Change the allocation</source>
        <translation>Variazione dello stanziamento</translation>
    </message>
    <message>
        <source>&amp;Variation</source>
        <translation>&amp;Variazione</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Importo (€)</translation>
    </message>
    <message>
        <source>e.g. 2.500,00</source>
        <translation>es. 2.500,00</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>A&amp;ct</source>
        <translation>&amp;Atto</translation>
    </message>
    <message>
        <source>Number of the resolution or determination</source>
        <translation>Numero della delibera o della determina</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>BudgetFigures</name>
    <message>
        <source>Allocation %1 · committed %2 · paid %3 · available %4</source>
        <translation>Stanziamento %1 · impegnato %2 · liquidato %3 · disponibile %4</translation>
    </message>
    <message>
        <source> · authorised overspend %1</source>
        <translation> · sforamento autorizzato %1</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>New budget line</source>
        <translation>Nuovo capitolo di bilancio</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Anno</translation>
    </message>
    <message>
        <source>&amp;Line (capitolo)</source>
        <translation>Numero del &amp;capitolo</translation>
    </message>
    <message>
        <source>e.g. 1404/2</source>
        <translation>es. 1404/2</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Denominazione</translation>
    </message>
    <message>
        <source>e.g. Contributi economici straordinari</source>
        <translation>es. Contributi economici straordinari</translation>
    </message>
    <message>
        <source>&amp;Allocation (€)</source>
        <translation>&amp;Stanziamento (€)</translation>
    </message>
    <message>
        <source>e.g. 25.000,00</source>
        <translation>es. 25.000,00</translation>
    </message>
    <message>
        <source>Allocated &amp;on</source>
        <translation>Stanziato &amp;il</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>A&amp;ssistance line: bears the unrecovered remainder of honour loans</source>
        <translation>Capitolo di assiste&amp;nza: sostiene il residuo non recuperato dei prestiti sull&apos;onore</translation>
    </message>
</context>
<context>
    <name>BudgetService</name>
    <message>
        <source>The budget line does not exist.</source>
        <translation>Il capitolo di bilancio non esiste.</translation>
    </message>
    <message>
        <source>Give the year of the budget.</source>
        <translation>Indica l&apos;anno del bilancio.</translation>
    </message>
    <message>
        <source>Give the number of the budget line (capitolo).</source>
        <translation>Indica il numero del capitolo di bilancio.</translation>
    </message>
    <message>
        <source>Give the budget line a name.</source>
        <translation>Indica la denominazione del capitolo di bilancio.</translation>
    </message>
    <message>
        <source>The allocation cannot be negative.</source>
        <translation>Lo stanziamento non può essere negativo.</translation>
    </message>
    <message>
        <source>Budget line %1 already exists for %2.</source>
        <translation>Il capitolo %1 esiste già per il %2.</translation>
    </message>
    <message>
        <source>Already exists for this year.</source>
        <translation>Esiste già per questo anno.</translation>
    </message>
    <message>
        <source>Initial allocation</source>
        <translation>Stanziamento iniziale</translation>
    </message>
    <message>
        <source>Give the amount of the variation.</source>
        <translation>Indica l&apos;importo della variazione.</translation>
    </message>
    <message>
        <source>Say why the allocation changes.</source>
        <translation>Indica il motivo della variazione dello stanziamento.</translation>
    </message>
    <message>
        <source>Give the date of the variation.</source>
        <translation>Indica la data della variazione.</translation>
    </message>
    <message>
        <source>The line has only %1 available: a reduction of %2 would take it below what is already committed and paid.</source>
        <translation>Il capitolo ha solo %1 disponibili: una riduzione di %2 lo porterebbe sotto quanto già impegnato e pagato.</translation>
    </message>
    <message>
        <source>Give the amount that may be spent beyond the allocation.</source>
        <translation>Indica l&apos;importo che si può spendere oltre lo stanziamento.</translation>
    </message>
    <message>
        <source>Say why the line may go beyond its allocation (at least 10 characters).</source>
        <translation>Indica perché il capitolo può superare lo stanziamento (almeno 10 caratteri).</translation>
    </message>
    <message>
        <source>Give the date of the authorisation.</source>
        <translation>Indica la data dell&apos;autorizzazione.</translation>
    </message>
    <message>
        <source>There is no amount to commit.</source>
        <translation>Non c&apos;è alcun importo da impegnare.</translation>
    </message>
    <message>
        <source>Budget line %1 is for %2: choose a line of %3.</source>
        <translation>Il capitolo %1 è del %2: scegli un capitolo del %3.</translation>
    </message>
    <message>
        <source>Budget line %1 has %2 available and cannot commit %3: %4 are missing. A zone manager may authorise the overspend, with its reason.</source>
        <translation>Il capitolo %1 ha %2 disponibili e non può impegnare %3: mancano %4. Il responsabile di zona può autorizzare lo sforamento, indicandone il motivo.</translation>
    </message>
    <message>
        <source>The payment must be above zero.</source>
        <translation>Il pagamento deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Give the date of the payment.</source>
        <translation>Indica la data del pagamento.</translation>
    </message>
    <message>
        <source>Only %1 remain committed for this benefit: a payment of %2 would go beyond what was approved.</source>
        <translation>Per questa prestazione restano impegnati solo %1: un pagamento di %2 supererebbe quanto approvato.</translation>
    </message>
</context>
<context>
    <name>CarePlanPanel</name>
    <message>
        <source>Planned &amp;end of the project</source>
        <translation>&amp;Fine prevista del progetto</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Save date</source>
        <translation>Salva data</translation>
    </message>
    <message>
        <source>Objective / action</source>
        <translation>Obiettivo / azione</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>A new objective, agreed with the person…</source>
        <translation>Un nuovo obiettivo, concordato con la persona…</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>Aggiungi &amp;obiettivo</translation>
    </message>
    <message>
        <source>Set objective status</source>
        <translation>Imposta stato dell&apos;obiettivo</translation>
    </message>
    <message>
        <source>Action of the selected objective</source>
        <translation>Azione dell&apos;obiettivo selezionato</translation>
    </message>
    <message>
        <source>What is to be done…</source>
        <translation>Che cosa va fatto…</translation>
    </message>
    <message>
        <source>by dd/mm/yyyy</source>
        <translation>entro gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>Aggiungi &amp;azione</translation>
    </message>
    <message>
        <source>&amp;Save action</source>
        <translation>&amp;Salva azione</translation>
    </message>
    <message>
        <source>Reviews (verifiche)</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>held on dd/mm/yyyy</source>
        <translation>svolta il gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Outcome of the review…</source>
        <translation>Esito della verifica…</translation>
    </message>
    <message>
        <source>next on dd/mm/yyyy</source>
        <translation>prossima il gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Registra verifica</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Entro il</translation>
    </message>
</context>
<context>
    <name>CarePlanService</name>
    <message>
        <source>Case %1 is closed: reopen it to change its project.</source>
        <translation>La cartella %1 è chiusa: riaprila per modificarne il progetto.</translation>
    </message>
    <message>
        <source>The project cannot end before the case was opened.</source>
        <translation>Il progetto non può terminare prima dell&apos;apertura della cartella.</translation>
    </message>
    <message>
        <source>Planned end of the project</source>
        <translation>Fine prevista del progetto</translation>
    </message>
    <message>
        <source>An objective needs a description.</source>
        <translation>Un obiettivo richiede una descrizione.</translation>
    </message>
    <message>
        <source>The objective does not exist.</source>
        <translation>L&apos;obiettivo non esiste.</translation>
    </message>
    <message>
        <source>Someone else changed this objective in the meantime. Reload and try again.</source>
        <translation>Qualcun altro ha modificato questo obiettivo nel frattempo. Ricarica e riprova.</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>Indica in che cosa consiste l&apos;azione.</translation>
    </message>
    <message>
        <source>A new action cannot be due in the past.</source>
        <translation>Una nuova azione non può avere una scadenza nel passato.</translation>
    </message>
    <message>
        <source>Choose the objective the action serves.</source>
        <translation>Scegli l&apos;obiettivo a cui si riferisce l&apos;azione.</translation>
    </message>
    <message>
        <source>Actions can only be added to an active objective.</source>
        <translation>Le azioni si possono aggiungere solo a un obiettivo attivo.</translation>
    </message>
    <message>
        <source>The action does not exist.</source>
        <translation>L&apos;azione non esiste.</translation>
    </message>
    <message>
        <source>Someone else changed this action in the meantime. Reload and try again.</source>
        <translation>Qualcun altro ha modificato questa azione nel frattempo. Ricarica e riprova.</translation>
    </message>
    <message>
        <source>A done or cancelled action is not changed any more.</source>
        <translation>Un&apos;azione fatta o annullata non si può più modificare.</translation>
    </message>
    <message>
        <source>A review needs its date.</source>
        <translation>Una verifica richiede la sua data.</translation>
    </message>
    <message>
        <source>A review cannot be recorded before it happens.</source>
        <translation>Una verifica non si può registrare prima che si sia svolta.</translation>
    </message>
    <message>
        <source>Write the outcome of the review.</source>
        <translation>Scrivi l&apos;esito della verifica.</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>La prossima verifica deve essere successiva a questa.</translation>
    </message>
    <message>
        <source>A review cannot come before the case was opened.</source>
        <translation>Una verifica non può essere precedente all&apos;apertura della cartella.</translation>
    </message>
    <message>
        <source>Project review</source>
        <translation>Verifica del progetto</translation>
    </message>
</context>
<context>
    <name>CarersSheetFile</name>
    <message>
        <source>Foster placement: sheet for the carers</source>
        <translation>Affidamento familiare: scheda per gli affidatari</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Minore</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Nato/a il</translation>
    </message>
    <message>
        <source>Foster family</source>
        <translation>Famiglia affidataria</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Affidamento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <source>The child&apos;s needs</source>
        <translation>Bisogni del minore</translation>
    </message>
    <message>
        <source>Contact with the family of origin</source>
        <translation>Rapporti con la famiglia d&apos;origine</translation>
    </message>
    <message>
        <source>Responsible service</source>
        <translation>Servizio responsabile</translation>
    </message>
    <message>
        <source>Service contact</source>
        <translation>Recapito del servizio</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Operatore responsabile</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Non è stato possibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseAccessBar</name>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Presa &amp;visione</translation>
    </message>
    <message>
        <source>Say that you have seen this emergency access: it is no longer flagged to you</source>
        <translation>Dichiara di aver preso visione di questo accesso d&apos;emergenza: non ti verrà più segnalato</translation>
    </message>
</context>
<context>
    <name>CaseDeadlinesPanel</name>
    <message>
        <source>Show &amp;completed and cancelled deadlines</source>
        <translation>Mostra le scadenze &amp;completate e annullate</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Segna come fa&amp;tta</translation>
    </message>
    <message>
        <source>Cancel deadline</source>
        <translation>Annulla scadenza</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Nuova scadenza</translation>
    </message>
    <message>
        <source>What is due (court report, ISEE renewal…)</source>
        <translation>Oggetto della scadenza (relazione al tribunale, rinnovo ISEE…)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Add deadline</source>
        <translation>&amp;Aggiungi scadenza</translation>
    </message>
</context>
<context>
    <name>CaseHistoryText</name>
    <message>
        <source>Case opened</source>
        <translation>Cartella aperta</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsabile: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Operatore responsabile</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Persona aggiunta</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>(responsible worker only)</source>
        <translation>(solo l&apos;operatore responsabile)</translation>
    </message>
    <message>
        <source>Objective added</source>
        <translation>Obiettivo aggiunto</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Obiettivo: %1</translation>
    </message>
    <message>
        <source>Action added</source>
        <translation>Azione aggiunta</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Azione: %1</translation>
    </message>
    <message>
        <source>Action changed</source>
        <translation>Azione modificata</translation>
    </message>
    <message>
        <source>Review recorded</source>
        <translation>Verifica registrata</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Riservatezza</translation>
    </message>
    <message>
        <source>Marked restricted</source>
        <translation>Segnata come riservata</translation>
    </message>
    <message>
        <source>No longer restricted</source>
        <translation>Non più riservata</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accesso d&apos;emergenza</translation>
    </message>
    <message>
        <source>Opened by %1</source>
        <translation>Aperta da %1</translation>
    </message>
    <message>
        <source>Court report</source>
        <translation>Relazione all&apos;autorità giudiziaria</translation>
    </message>
    <message>
        <source>PDF filed</source>
        <translation>PDF archiviato</translation>
    </message>
</context>
<context>
    <name>CaseMembersPanel</name>
    <message>
        <source>People in the case</source>
        <translation>Persone nella cartella</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Aggiungi persona…</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Nucleo familiare…</translation>
    </message>
    <message>
        <source>The household (nucleo familiare) of the selected person</source>
        <translation>Il nucleo familiare della persona selezionata</translation>
    </message>
    <message>
        <source>Team (équipe)</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Tick who works on the case with the responsible worker.</source>
        <translation>Spunta chi lavora sulla cartella insieme all&apos;operatore responsabile.</translation>
    </message>
    <message>
        <source>Save &amp;team</source>
        <translation>&amp;Salva équipe</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>The worker&apos;s name is required.</source>
        <translation>Il nome dell&apos;operatore è obbligatorio.</translation>
    </message>
    <message>
        <source>The responsible worker is missing or no longer active.</source>
        <translation>L&apos;operatore responsabile manca o non è più attivo.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>Una cartella non può essere aperta con una data futura.</translation>
    </message>
    <message>
        <source>The case needs a Comune from the ISTAT list.</source>
        <translation>La cartella richiede un Comune dell&apos;elenco ISTAT.</translation>
    </message>
    <message>
        <source>A case needs at least one person.</source>
        <translation>Una cartella richiede almeno una persona.</translation>
    </message>
    <message>
        <source>A case has exactly one principal beneficiary.</source>
        <translation>Una cartella ha un solo beneficiario principale.</translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation>La cartella non esiste.</translation>
    </message>
    <message>
        <source>Someone else changed case %1 in the meantime. Reload it and try again; nothing was changed.</source>
        <translation>Qualcun altro ha modificato la cartella %1 nel frattempo. Ricaricala e riprova; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Una cartella non può passare da &quot;%1&quot; a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Closing a case needs a closure reason.</source>
        <translation>Per chiudere una cartella serve il motivo di chiusura.</translation>
    </message>
    <message>
        <source>Reopening a case needs a note saying why.</source>
        <translation>Per riaprire una cartella serve una nota che ne spieghi il motivo.</translation>
    </message>
    <message>
        <source>This worker is already responsible for the case.</source>
        <translation>Questo operatore è già responsabile della cartella.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Non esiste la cartella %1.</translation>
    </message>
    <message>
        <source>A person can be a member of a case only once.</source>
        <translation>Una persona può comparire una sola volta tra i componenti di una cartella.</translation>
    </message>
    <message>
        <source>This person is already a member of the case.</source>
        <translation>Questa persona è già un componente della cartella.</translation>
    </message>
    <message>
        <source>Choose a person from the registry.</source>
        <translation>Scegli una persona dall&apos;archivio.</translation>
    </message>
    <message>
        <source>Case %1 is closed: reopen it to change it.</source>
        <translation>La cartella %1 è chiusa: riaprila per modificarla.</translation>
    </message>
    <message>
        <source>Choose a worker who is still active.</source>
        <translation>Scegli un operatore ancora in servizio.</translation>
    </message>
    <message>
        <source>Lifting the restriction needs a note saying why.</source>
        <translation>Per revocare la riservatezza serve una nota che ne spieghi il motivo.</translation>
    </message>
    <message>
        <source>You do not serve this Comune: choose one of yours.</source>
        <translation>Non operi in questo Comune: scegline uno dei tuoi.</translation>
    </message>
    <message>
        <source>You cannot take yourself off the team: ask the responsible worker or the zone manager.</source>
        <translation>Non puoi toglierti dall&apos;équipe: chiedilo all&apos;operatore responsabile o al responsabile di zona.</translation>
    </message>
    <message>
        <source>Give the day the archived case was opened.</source>
        <translation>Indicare il giorno in cui la cartella d&apos;archivio è stata aperta.</translation>
    </message>
    <message>
        <source>Give the day the archived case was closed, today or before.</source>
        <translation>Indicare il giorno in cui la cartella d&apos;archivio è stata chiusa, oggi o prima.</translation>
    </message>
    <message>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Una cartella non può essere chiusa prima di essere aperta.</translation>
    </message>
    <message>
        <source>Say where the archived file is kept.</source>
        <translation>Indicare dove è conservato il fascicolo d&apos;archivio.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Summary and history</source>
        <translation>Sintesi e storico</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Operatore responsabile</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambia stato</translation>
    </message>
    <message>
        <source>Note (required to reopen)</source>
        <translation>Nota (obbligatoria per riaprire)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;pplica</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nuova annotazione</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Add to diary</source>
        <translation>&amp;Aggiungi al diario</translation>
    </message>
    <message>
        <source>Add the entry (Ctrl+Return)</source>
        <translation>Aggiungi l&apos;annotazione (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>What happened, in the worker&apos;s words</source>
        <translation>Che cosa è successo, con le parole dell&apos;operatore</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Salva correzione</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Ritira…</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versioni precedenti</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Ricar&amp;ica</translation>
    </message>
    <message>
        <source>Show what others saved meanwhile (F5); what you are typing stays</source>
        <translation>Mostra ciò che altri hanno salvato nel frattempo (F5); quello che stai scrivendo resta</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Service catalogue</source>
        <translation>Catalogo dei servizi</translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation>Fi&amp;ltro</translation>
    </message>
    <message>
        <source>Name, kind, SIUSS code or area (Ctrl+F)</source>
        <translation>Nome, tipo, codice SIUSS o area (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show retire&amp;d</source>
        <translation>Mostra &amp;dismesse</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>S&amp;IUSS code</source>
        <translation>Codice S&amp;IUSS</translation>
    </message>
    <message>
        <source>e.g. A1.04; empty when not known</source>
        <translation>es. A1.04; vuoto se non è noto</translation>
    </message>
    <message>
        <source>Never invent a code: if you do not know the SIUSS code of this service, leave it empty.</source>
        <translation>Non inventare mai un codice: se non conosci il codice SIUSS di questo servizio, lascialo vuoto.</translation>
    </message>
    <message>
        <source>&amp;Area (SIUSS)</source>
        <translation>&amp;Area (SIUSS)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Erogazione</translation>
    </message>
    <message>
        <source>&amp;Periodic</source>
        <translation>&amp;Periodica</translation>
    </message>
    <message>
        <source>&amp;One-off</source>
        <translation>&amp;Una tantum</translation>
    </message>
    <message>
        <source>Means &amp;test</source>
        <translation>Prova dei me&amp;zzi</translation>
    </message>
    <message>
        <source>ISEE thr&amp;eshold (€)</source>
        <translation>Soglia IS&amp;EE (€)</translation>
    </message>
    <message>
        <source>e.g. 9.000,00; empty for no threshold</source>
        <translation>es. 9.000,00; vuoto se non c&apos;è soglia</translation>
    </message>
    <message>
        <source>Protection pat&amp;h (makes the case riservato)</source>
        <translation>Percorso di pr&amp;otezione (rende la cartella riservata)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuova</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Ritira…</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>Ripri&amp;stina</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sal&amp;va</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The catalogue entry does not exist.</source>
        <translation>La voce del catalogo non esiste.</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>Indica il nome del servizio.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Il nome è troppo lungo (massimo 200 caratteri).</translation>
    </message>
    <message>
        <source>A SIUSS code looks like A1.04 (a letter, a digit, a dot, two digits). Leave it empty when the code is not known.</source>
        <translation>Un codice SIUSS ha la forma A1.04 (una lettera, una cifra, un punto, due cifre). Lascia il campo vuoto se il codice non è noto.</translation>
    </message>
    <message>
        <source>An ISEE threshold needs the ISEE as the means test.</source>
        <translation>Una soglia ISEE richiede l&apos;ISEE come prova dei mezzi.</translation>
    </message>
    <message>
        <source>The ISEE threshold must be above zero.</source>
        <translation>La soglia ISEE deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>The name needs at least one letter or digit.</source>
        <translation>Il nome deve contenere almeno una lettera o una cifra.</translation>
    </message>
    <message>
        <source>The catalogue already has an entry with this name.</source>
        <translation>Nel catalogo esiste già una voce con questo nome.</translation>
    </message>
    <message>
        <source>Already in the catalogue.</source>
        <translation>Già presente nel catalogo.</translation>
    </message>
    <message>
        <source>Give the date the entry is retired from.</source>
        <translation>Indica la data da cui la voce viene dismessa.</translation>
    </message>
    <message>
        <source>The entry is already retired.</source>
        <translation>La voce è già dismessa.</translation>
    </message>
    <message>
        <source>The entry is in use already.</source>
        <translation>La voce è già in uso.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Password &amp;attuale</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nuova password</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Ripeti la nuova password</translation>
    </message>
</context>
<context>
    <name>CourtReportDialog</name>
    <message>
        <source>Court report</source>
        <translation>Relazione all&apos;autorità giudiziaria</translation>
    </message>
    <message>
        <source>&amp;Reports of the case</source>
        <translation>&amp;Relazioni della cartella</translation>
    </message>
    <message>
        <source>Court &amp;mandate</source>
        <translation>&amp;Mandato</translation>
    </message>
    <message>
        <source>Diary entries to &amp;include</source>
        <translation>Voci del diario da &amp;includere</translation>
    </message>
    <message>
        <source>&amp;Draft from the case</source>
        <translation>&amp;Bozza dalla cartella</translation>
    </message>
    <message>
        <source>&amp;Versions and filed PDFs</source>
        <translation>&amp;Versioni e PDF archiviati</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>PDF filed</source>
        <translation>PDF archiviato</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>Choose the diary entries and the mandate, then &quot;Draft from the case&quot;; edit the text here (Markdown: # heading, - list).</source>
        <translation>Scegli le voci del diario e il mandato, poi &quot;Bozza dalla cartella&quot;; modifica qui il testo (Markdown: # titolo, - elenco).</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Ante&amp;prima</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save as a new version (Ctrl+S)</source>
        <translation>Salva come nuova versione (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Esporta in PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>CourtReportPdf</name>
    <message>
        <source>%1 (case %2)</source>
        <translation>%1 (cartella %2)</translation>
    </message>
    <message>
        <source>A PDF can only be written by a graphical application.</source>
        <translation>Un PDF può essere scritto solo da un&apos;applicazione grafica.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Non è stato possibile creare il PDF.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Non è stato possibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>CourtReportService</name>
    <message>
        <source>The court report does not exist.</source>
        <translation>La relazione non esiste.</translation>
    </message>
    <message>
        <source>The court mandate belongs to another case.</source>
        <translation>Il mandato appartiene a un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>A chosen diary entry does not belong to this case.</source>
        <translation>Una voce del diario scelta non appartiene a questa cartella.</translation>
    </message>
    <message>
        <source>The diary entry of %1 was withdrawn: it cannot go into a report.</source>
        <translation>La voce del diario del %1 è stata ritirata: non può entrare in una relazione.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Report to the judicial authority</source>
        <translation>Relazione all&apos;autorità giudiziaria</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Cartella %1</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>La cartella</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numero della cartella</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Operatore responsabile</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Court mandate</source>
        <translation>Mandato dell&apos;autorità giudiziaria</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Decreto</translation>
    </message>
    <message>
        <source>no. %1 of %2</source>
        <translation>n. %1 del %2</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Provvedimenti</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Compiti</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation>svolto il %1</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation>Conclusione prevista: %1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>prossima verifica %1</translation>
    </message>
    <message>
        <source>Assessment and proposals</source>
        <translation>Valutazione e proposte</translation>
    </message>
    <message>
        <source>Report to the judicial authority — case %1</source>
        <translation>Relazione all&apos;autorità giudiziaria — cartella %1</translation>
    </message>
    <message>
        <source>Give the report a title.</source>
        <translation>Dai un titolo alla relazione.</translation>
    </message>
    <message>
        <source>The title of a report is at most %1 characters long.</source>
        <translation>Il titolo di una relazione non può superare i %1 caratteri.</translation>
    </message>
    <message>
        <source>The report has no text.</source>
        <translation>La relazione non ha testo.</translation>
    </message>
    <message>
        <source>The report is too long.</source>
        <translation>La relazione è troppo lunga.</translation>
    </message>
    <message>
        <source>Someone else saved this report in the meantime. Copy your text, reload and try again.</source>
        <translation>Qualcun altro ha salvato questa relazione nel frattempo. Copia il tuo testo, ricarica e riprova.</translation>
    </message>
    <message>
        <source>That version of the report does not exist.</source>
        <translation>Quella versione della relazione non esiste.</translation>
    </message>
    <message>
        <source>The file to file in the case is not a PDF.</source>
        <translation>Il file da archiviare nella cartella non è un PDF.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versione %2)</translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <source>Say what is due.</source>
        <translation>Indica l&apos;oggetto della scadenza.</translation>
    </message>
    <message>
        <source>A deadline needs its date.</source>
        <translation>Una scadenza richiede la sua data.</translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation>La cartella %1 è chiusa.</translation>
    </message>
    <message>
        <source>The deadline does not exist.</source>
        <translation>La scadenza non esiste.</translation>
    </message>
    <message>
        <source>This deadline was already closed (%1) by %2.</source>
        <translation>Questa scadenza era già stata chiusa (%1) da %2.</translation>
    </message>
    <message>
        <source>Someone else changed this deadline in the meantime. Reload and try again.</source>
        <translation>Qualcun altro ha modificato questa scadenza nel frattempo. Ricarica e riprova.</translation>
    </message>
    <message>
        <source>This deadline comes from the project: change the action or the review instead.</source>
        <translation>Questa scadenza deriva dal progetto: modifica invece l&apos;azione o la verifica.</translation>
    </message>
    <message>
        <source>This deadline follows the loan&apos;s repayments: record the repayment instead.</source>
        <translation>Questa scadenza segue le restituzioni del prestito: registra invece la restituzione.</translation>
    </message>
    <message>
        <source>This deadline is a task of a court mandate: complete the task in the mandate instead.</source>
        <translation>Questa scadenza è un compito di un mandato dell&apos;autorità giudiziaria: completa il compito nel mandato.</translation>
    </message>
    <message>
        <source>This deadline is the term of a foster placement: extend or end the placement in the Affido view instead.</source>
        <translation>Questa scadenza è il termine di un affidamento familiare: proroga o concludi l&apos;affidamento dalla vista Affido.</translation>
    </message>
</context>
<context>
    <name>DeliveryDialogs</name>
    <message>
        <source>%1 for %2 (case %3): %4 paid by the Comune.</source>
        <translation>%1 per %2 (cartella %3): %4 a carico del Comune.</translation>
    </message>
</context>
<context>
    <name>DeliveryList</name>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nuova richiesta…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprova…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Respingi…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>A&amp;vvia</translation>
    </message>
    <message>
        <source>Pa&amp;yment…</source>
        <translation>Pa&amp;gamento…</translation>
    </message>
    <message>
        <source>Concl&amp;ude…</source>
        <translation>&amp;Concludi…</translation>
    </message>
    <message>
        <source>Cancel or &amp;withdraw…</source>
        <translation>Ann&amp;ulla o ritira…</translation>
    </message>
    <message>
        <source>&amp;Loan…</source>
        <translation>Presti&amp;to…</translation>
    </message>
    <message>
        <source>&amp;ISEE…</source>
        <translation>I&amp;SEE…</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
</context>
<context>
    <name>DeliveryRequestDialog</name>
    <message>
        <source>Request a service</source>
        <translation>Richiedi una prestazione</translation>
    </message>
    <message>
        <source>For &amp;person</source>
        <translation>Per la &amp;persona</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>Pre&amp;stazione</translation>
    </message>
    <message>
        <source>&amp;Requested on</source>
        <translation>&amp;Richiesta il</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Applicati&amp;on protocol</source>
        <translation>Protocollo della &amp;domanda</translation>
    </message>
    <message>
        <source>e.g. PG 1234/2026</source>
        <translation>per esempio PG 1234/2026</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>&amp;Ente erogatore</translation>
    </message>
    <message>
        <source>Provider &amp;name</source>
        <translation>&amp;Nome dell&apos;ente</translation>
    </message>
    <message>
        <source>Cooperative, association or office</source>
        <translation>Cooperativa, associazione o ufficio</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>Data di &amp;inizio</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>Data di &amp;fine</translation>
    </message>
    <message>
        <source>&amp;Hours per month</source>
        <translation>Ore &amp;mensili</translation>
    </message>
    <message>
        <source>e.g. 20 or 12,5</source>
        <translation>per esempio 20 o 12,5</translation>
    </message>
    <message>
        <source>&amp;Cost (€)</source>
        <translation>C&amp;osto (€)</translation>
    </message>
    <message>
        <source>Total for the period</source>
        <translation>Totale per il periodo</translation>
    </message>
    <message>
        <source>&amp;Monthly amount (€)</source>
        <translation>Impor&amp;to mensile (€)</translation>
    </message>
    <message>
        <source>For a periodic benefit</source>
        <translation>Per una prestazione periodica</translation>
    </message>
    <message>
        <source>P&amp;aid by the Comune (€)</source>
        <translation>&amp;A carico del Comune (€)</translation>
    </message>
    <message>
        <source>Left empty: the cost less the other shares</source>
        <translation>Se vuoto: il costo meno le altre quote</translation>
    </message>
    <message>
        <source>Paid by the &amp;user (€)</source>
        <translation>A carico dell&apos;&amp;utente (€)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Paid by the hea&amp;lth service (€)</source>
        <translation>A carico del servi&amp;zio sanitario (€)</translation>
    </message>
    <message>
        <source>&amp;Budget line</source>
        <translation>&amp;Capitolo di bilancio</translation>
    </message>
    <message>
        <source>E&amp;xemption from the ISEE rule</source>
        <translation>Esenzione dalla re&amp;gola ISEE</translation>
    </message>
    <message>
        <source>Why the benefit is granted without the ISEE rule (recorded with the request)</source>
        <translation>Perché la prestazione è concessa senza applicare la regola ISEE (resta registrato con la richiesta)</translation>
    </message>
</context>
<context>
    <name>DeliveryService</name>
    <message>
        <source>Choose a service from the catalogue.</source>
        <translation>Scegli un servizio dal catalogo.</translation>
    </message>
    <message>
        <source>The service is for a person of the case: add them first.</source>
        <translation>La prestazione è destinata a una persona della cartella: aggiungila prima alla cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was retired from the catalogue on %2.</source>
        <translation>&quot;%1&quot; non è più in catalogo dal %2.</translation>
    </message>
    <message>
        <source>Give the date of the request.</source>
        <translation>Indica la data della richiesta.</translation>
    </message>
    <message>
        <source>The request date cannot be in the future.</source>
        <translation>La data della richiesta non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The protocol number is too long (at most 50 characters).</source>
        <translation>Il numero di protocollo è troppo lungo (massimo 50 caratteri).</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Gli importi non possono essere negativi.</translation>
    </message>
    <message>
        <source>The shares of the Comune (%1), the user (%2) and the health service (%3) must add up to the cost (%4).</source>
        <translation>La somma delle quote a carico del Comune (%1), dell&apos;utente (%2) e del servizio sanitario (%3) deve essere pari al costo (%4).</translation>
    </message>
    <message>
        <source>Give the amount the Comune pays.</source>
        <translation>Indica l&apos;importo a carico del Comune.</translation>
    </message>
    <message>
        <source>A periodic service needs its start date.</source>
        <translation>Una prestazione periodica richiede la data di inizio.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fine precede l&apos;inizio.</translation>
    </message>
    <message>
        <source>The hours per month are out of range.</source>
        <translation>Le ore mensili sono fuori dall&apos;intervallo ammesso.</translation>
    </message>
    <message>
        <source>Explain the exemption from the ISEE rule (at least 15 characters).</source>
        <translation>Spiega il motivo dell&apos;esenzione dalla regola ISEE (almeno 15 caratteri).</translation>
    </message>
    <message>
        <source>A protection path was requested (%1): the case is riservato.</source>
        <translation>È stato richiesto un percorso di protezione (%1): la cartella è riservata.</translation>
    </message>
    <message>
        <source>The service does not exist.</source>
        <translation>La prestazione non esiste.</translation>
    </message>
    <message>
        <source>Someone else changed this service in the meantime. Reload it and try again; nothing was changed.</source>
        <translation>Qualcun altro ha modificato questa prestazione nel frattempo. Ricaricala e riprova; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Only a request not yet decided can be changed.</source>
        <translation>Si può modificare solo una richiesta non ancora decisa.</translation>
    </message>
    <message>
        <source>Only a request can be approved; this one is %1.</source>
        <translation>Si può approvare solo una richiesta; questa è %1.</translation>
    </message>
    <message>
        <source>The decision cannot come before the request.</source>
        <translation>La decisione non può precedere la richiesta.</translation>
    </message>
    <message>
        <source>Choose the budget line that pays for this benefit.</source>
        <translation>Scegli il capitolo di bilancio su cui grava questa prestazione.</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>Indica perché la richiesta viene respinta.</translation>
    </message>
    <message>
        <source>Only a request can be rejected.</source>
        <translation>Si può respingere solo una richiesta.</translation>
    </message>
    <message>
        <source>Only an approved service can start.</source>
        <translation>Si può avviare solo una prestazione approvata.</translation>
    </message>
    <message>
        <source>Only a service in progress can be concluded.</source>
        <translation>Si può concludere solo una prestazione in corso.</translation>
    </message>
    <message>
        <source>Service concluded</source>
        <translation>Prestazione conclusa</translation>
    </message>
    <message>
        <source>Say why the service is cancelled.</source>
        <translation>Indica perché la prestazione viene annullata.</translation>
    </message>
    <message>
        <source>The service is closed already.</source>
        <translation>La prestazione è già chiusa.</translation>
    </message>
    <message>
        <source>Give the date of the payment.</source>
        <translation>Indica la data del pagamento.</translation>
    </message>
    <message>
        <source>A payment cannot be recorded before it is made.</source>
        <translation>Un pagamento si può registrare solo dopo che è stato effettuato.</translation>
    </message>
    <message>
        <source>The month paid is written as YYYY-MM.</source>
        <translation>Il mese pagato va scritto nel formato AAAA-MM.</translation>
    </message>
    <message>
        <source>Only an approved benefit can be paid.</source>
        <translation>Si può pagare solo una prestazione approvata.</translation>
    </message>
    <message>
        <source>This service has no budget line: it pays nothing.</source>
        <translation>Questa prestazione non ha un capitolo di bilancio: non prevede pagamenti.</translation>
    </message>
    <message>
        <source>A payment cannot come before the approval.</source>
        <translation>Un pagamento non può precedere l&apos;approvazione.</translation>
    </message>
</context>
<context>
    <name>DiaryService</name>
    <message>
        <source>A diary entry needs some text.</source>
        <translation>Un&apos;annotazione di diario richiede un testo.</translation>
    </message>
    <message>
        <source>A diary entry cannot be dated in the future.</source>
        <translation>Un&apos;annotazione di diario non può avere una data futura.</translation>
    </message>
    <message>
        <source>A withdrawn entry cannot be changed.</source>
        <translation>Un&apos;annotazione ritirata non può essere modificata.</translation>
    </message>
    <message>
        <source>Someone else corrected this entry in the meantime (now at version %1). Your text is kept in the editor; compare it with theirs before saving again.</source>
        <translation>Qualcun altro ha corretto questa annotazione nel frattempo (ora alla versione %1). Il tuo testo resta nell&apos;editor: confrontalo con il loro prima di salvare di nuovo.</translation>
    </message>
    <message>
        <source>Withdrawing an entry needs a reason.</source>
        <translation>Per ritirare un&apos;annotazione serve un motivo.</translation>
    </message>
    <message>
        <source>The diary entry does not exist.</source>
        <translation>L&apos;annotazione di diario non esiste.</translation>
    </message>
    <message>
        <source>A diary entry needs its date.</source>
        <translation>Un&apos;annotazione di diario richiede la sua data.</translation>
    </message>
    <message>
        <source>A diary entry can only involve the members of its case.</source>
        <translation>Un&apos;annotazione di diario può riguardare solo i componenti della sua cartella.</translation>
    </message>
    <message>
        <source>Someone else corrected this entry in the meantime (now at version %1): read it before withdrawing it.</source>
        <translation>Qualcun altro ha corretto questa annotazione nel frattempo (ora alla versione %1): leggila prima di ritirarla.</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessService</name>
    <message>
        <source>An emergency access is made by a logged-in user.</source>
        <translation>Un accesso d&apos;emergenza può essere effettuato solo da un utente autenticato.</translation>
    </message>
    <message>
        <source>Say why you need this case now, in at least %1 characters.</source>
        <translation>Indica perché ti serve ora questa cartella, in almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Non esiste la cartella %1.</translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation>La cartella non esiste.</translation>
    </message>
    <message>
        <source>The emergency access does not exist.</source>
        <translation>L&apos;accesso d&apos;emergenza non esiste.</translation>
    </message>
    <message>
        <source>Only the case&apos;s responsible worker and the zone manager acknowledge an emergency access.</source>
        <translation>Solo l&apos;operatore responsabile della cartella e il responsabile di zona possono prendere visione di un accesso d&apos;emergenza.</translation>
    </message>
    <message>
        <source>You have already acknowledged this emergency access.</source>
        <translation>Hai già preso visione di questo accesso d&apos;emergenza.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>New emergency</source>
        <translation>Nuova emergenza</translation>
    </message>
    <message>
        <source>&amp;Received at</source>
        <translation>&amp;Ricevuta alle</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>gg/mm/aaaa hh:mm</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Adesso</translation>
    </message>
    <message>
        <source>&amp;Comune</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nale</translation>
    </message>
    <message>
        <source>Re&amp;ported by</source>
        <translation>Se&amp;gnalata da</translation>
    </message>
    <message>
        <source>Reporter&apos;s na&amp;me</source>
        <translation>No&amp;me di chi segnala</translation>
    </message>
    <message>
        <source>optional: an officer, a nurse, a neighbour</source>
        <translation>facoltativo: un agente, un infermiere, un vicino</translation>
    </message>
    <message>
        <source>Reporter&apos;s con&amp;tact</source>
        <translation>Recapi&amp;to di chi segnala</translation>
    </message>
    <message>
        <source>optional: a phone number or an address</source>
        <translation>facoltativo: un numero di telefono o un indirizzo</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>Tri&amp;age</source>
        <translation>Tri&amp;age</translation>
    </message>
    <message>
        <source>Person &amp;description</source>
        <translation>&amp;Descrizione della persona</translation>
    </message>
    <message>
        <source>e.g. man, about 40, speaks French</source>
        <translation>es. uomo, circa 40 anni, parla francese</translation>
    </message>
    <message>
        <source>Surname they &amp;gave</source>
        <translation>Cognome dic&amp;hiarato</translation>
    </message>
    <message>
        <source>Name they ga&amp;ve</source>
        <translation>Nome dichiarat&amp;o</translation>
    </message>
    <message>
        <source>Identified as</source>
        <translation>Identificata come</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Non identificata</translation>
    </message>
    <message>
        <source>Registered &amp;person…</source>
        <translation>Persona in anagra&amp;fe…</translation>
    </message>
    <message>
        <source>&amp;Worker activated</source>
        <translation>Op&amp;eratore attivato</translation>
    </message>
    <message>
        <source>Acti&amp;vated at</source>
        <translation>Attivato a&amp;lle</translation>
    </message>
    <message>
        <source>optional; Ctrl+1 for now</source>
        <translation>facoltativo; Ctrl+1 per adesso</translation>
    </message>
    <message>
        <source>A&amp;rrived at</source>
        <translation>Arri&amp;vato alle</translation>
    </message>
    <message>
        <source>optional; Ctrl+2 for now</source>
        <translation>facoltativo; Ctrl+2 per adesso</translation>
    </message>
    <message>
        <source>Actions ta&amp;ken</source>
        <translation>&amp;Interventi effettuati</translation>
    </message>
    <message>
        <source>Urgent p&amp;lacement in a facility</source>
        <translation>Accoglienza &amp;urgente in struttura</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>E&amp;sito</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Cartella — first administrator</source>
        <translation>Cartella — primo amministratore</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the system administrator: they manage users and settings, and see no case content.</source>
        <translation>Questo database non ha ancora utenti. Crea l&apos;amministratore di sistema: gestisce utenti e impostazioni e non vede il contenuto delle cartelle.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <source>&amp;Name and surname</source>
        <translation>Nome e co&amp;gnome</translation>
    </message>
    <message>
        <source>&amp;Fiscal code</source>
        <translation>Codice &amp;fiscale</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Ripeti la password</translation>
    </message>
</context>
<context>
    <name>FirstNeedDialog</name>
    <message>
        <source>First-need intervention</source>
        <translation>Intervento di prima necessità</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>&amp;Choose a registered person…</source>
        <translation>&amp;Scegli una persona registrata…</translation>
    </message>
    <message>
        <source>N&amp;ew person</source>
        <translation>N&amp;uova persona</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>S&amp;esso</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Data di n&amp;ascita</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, even if only approximate</source>
        <translation>gg/mm/aaaa, anche solo approssimativa</translation>
    </message>
    <message>
        <source>&amp;Fiscal code</source>
        <translation>Codice &amp;fiscale</translation>
    </message>
    <message>
        <source>If they have one</source>
        <translation>Se ne ha uno</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>&amp;Intervention</source>
        <translation>&amp;Intervento</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <source>Where the intervention happens</source>
        <translation>Dove avviene l&apos;intervento</translation>
    </message>
    <message>
        <source>Res&amp;ponsible worker</source>
        <translation>Res&amp;ponsabile del caso</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>Imp&amp;orto (€)</translation>
    </message>
    <message>
        <source>e.g. 23,50</source>
        <translation>es. 23,50</translation>
    </message>
    <message>
        <source>Provider &amp;kind</source>
        <translation>&amp;Tipo di ente</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>Ente ero&amp;gatore</translation>
    </message>
    <message>
        <source>Shelter, shop, carrier or association refunded</source>
        <translation>Dormitorio, negozio, vettore o associazione rimborsata</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Nota per i&amp;l diario</translation>
    </message>
    <message>
        <source>Written in the case&apos;s diary</source>
        <translation>Scritta nel diario della cartella</translation>
    </message>
    <message>
        <source>The person&apos;s open case is used, or a new adult-hardship case is opened in the Comune. The request goes to the zone manager for approval.</source>
        <translation>Si usa la cartella aperta della persona, oppure se ne apre una nuova (disagio adulti) nel Comune. La richiesta va al responsabile di zona per l&apos;approvazione.</translation>
    </message>
</context>
<context>
    <name>FirstNeedService</name>
    <message>
        <source>A new case needs its responsible worker, and your user is not linked to one.</source>
        <translation>Una nuova cartella ha bisogno del suo responsabile, e il tuo utente non è collegato a un operatore.</translation>
    </message>
    <message>
        <source>Give the Comune where the intervention happens: a new case is opened there.</source>
        <translation>Indica il Comune in cui avviene l&apos;intervento: vi si apre una nuova cartella.</translation>
    </message>
    <message>
        <source>Choose one of the first-need interventions: night shelter, goods, a travel ticket or a refund to an association.</source>
        <translation>Scegli uno degli interventi di prima necessità: accoglienza notturna, beni, titolo di viaggio o rimborso a un&apos;associazione.</translation>
    </message>
    <message>
        <source>Give the date of the intervention.</source>
        <translation>Indica la data dell&apos;intervento.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Gli importi non possono essere negativi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FiscalCode</name>
    <message>
        <source>The fiscal code is empty.</source>
        <translation>Il codice fiscale è vuoto.</translation>
    </message>
    <message>
        <source>A temporary fiscal code has 11 digits.</source>
        <translation>Il codice fiscale provvisorio è composto da 11 cifre.</translation>
    </message>
    <message>
        <source>The check digit of the temporary fiscal code is wrong.</source>
        <translation>La cifra di controllo del codice fiscale provvisorio è errata.</translation>
    </message>
    <message numerus="yes">
        <source>A fiscal code has 16 characters; this one has %n.</source>
        <translation>
            <numerusform>Il codice fiscale è composto da 16 caratteri; questo ne contiene %n.</numerusform>
            <numerusform>Il codice fiscale è composto da 16 caratteri; questo ne contiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check character is wrong: it should be %1.</source>
        <translation>Il carattere di controllo è errato: dovrebbe essere %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month letter.</source>
        <translation>&quot;%1&quot; non è una lettera valida per il mese.</translation>
    </message>
    <message>
        <source>The birth day %1 is impossible (1-31 for men, 41-71 for women).</source>
        <translation>Il giorno di nascita %1 non è possibile (1-31 per il sesso maschile, 41-71 per il sesso femminile).</translation>
    </message>
    <message>
        <source>The birth date %1-%2-%3 does not exist.</source>
        <translation>La data di nascita %3/%2/%1 non esiste.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La data di nascita è nel futuro.</translation>
    </message>
    <message>
        <source>The birth place code %1 is not a known Comune or foreign state.</source>
        <translation>Il codice %1 del luogo di nascita non corrisponde ad alcun Comune o Stato estero noto.</translation>
    </message>
    <message>
        <source>The surname is needed to compute the code.</source>
        <translation>Per calcolare il codice fiscale è necessario il cognome.</translation>
    </message>
    <message>
        <source>The name is needed to compute the code.</source>
        <translation>Per calcolare il codice fiscale è necessario il nome.</translation>
    </message>
    <message>
        <source>The sex is needed to compute the code.</source>
        <translation>Per calcolare il codice fiscale è necessario il sesso.</translation>
    </message>
    <message>
        <source>The birth date is needed to compute the code.</source>
        <translation>Per calcolare il codice fiscale è necessaria la data di nascita.</translation>
    </message>
    <message>
        <source>A known birth place is needed to compute the code.</source>
        <translation>Per calcolare il codice fiscale è necessario un luogo di nascita riconosciuto.</translation>
    </message>
    <message>
        <source>The character &quot;%2&quot; at position %1 is not allowed there.</source>
        <translation>Il carattere &quot;%2&quot; in posizione %1 non è ammesso in quel punto.</translation>
    </message>
    <message>
        <source>The omocodia letter at position %1 is not allowed: substitutions start from the rightmost digit.</source>
        <translation>La lettera di omocodia in posizione %1 non è ammessa: le sostituzioni partono dalla cifra più a destra.</translation>
    </message>
</context>
<context>
    <name>FosterCareService</name>
    <message>
        <source>Term of the foster placement (%1)</source>
        <translation>Termine dell&apos;affidamento familiare (%1)</translation>
    </message>
    <message>
        <source>Give the day the placement starts.</source>
        <translation>Indica il giorno di inizio dell&apos;affidamento.</translation>
    </message>
    <message>
        <source>Give the expected end of the placement.</source>
        <translation>Indica la fine prevista dell&apos;affidamento.</translation>
    </message>
    <message>
        <source>The expected end comes after the start.</source>
        <translation>La fine prevista deve essere successiva all&apos;inizio.</translation>
    </message>
    <message>
        <source>A placement lasts at most %1 months (L. 184/1983 art. 4), here until %2: beyond that only the Tribunale per i Minorenni extends it. Record the extension with its decree.</source>
        <translation>Un affidamento dura al massimo %1 mesi (L. 184/1983 art. 4), in questo caso fino al %2: oltre, solo il Tribunale per i Minorenni può prorogarlo. Registra la proroga con il relativo decreto.</translation>
    </message>
    <message>
        <source>Give the number of the Tribunale per i Minorenni&apos;s decree.</source>
        <translation>Indica il numero del decreto del Tribunale per i Minorenni.</translation>
    </message>
    <message>
        <source>Give the date of the decree.</source>
        <translation>Indica la data del decreto.</translation>
    </message>
    <message>
        <source>The date of the measure cannot be in the future.</source>
        <translation>La data del provvedimento non può essere futura.</translation>
    </message>
    <message>
        <source>The number of the measure is at most 60 characters.</source>
        <translation>Il numero del provvedimento non può superare i 60 caratteri.</translation>
    </message>
    <message>
        <source>Give the service responsible for the placement.</source>
        <translation>Indica il servizio responsabile dell&apos;affidamento.</translation>
    </message>
    <message>
        <source>The service and its contact are at most 120 characters each.</source>
        <translation>Il servizio e il suo recapito non possono superare i 120 caratteri ciascuno.</translation>
    </message>
    <message>
        <source>The contact arrangements, the needs and the measure are at most 2000 characters each.</source>
        <translation>I rapporti con la famiglia d&apos;origine, i bisogni e il provvedimento non possono superare i 2000 caratteri ciascuno.</translation>
    </message>
    <message>
        <source>A day placement is part time.</source>
        <translation>Un affidamento diurno è a tempo parziale.</translation>
    </message>
    <message>
        <source>The placement does not exist.</source>
        <translation>L&apos;affidamento non esiste.</translation>
    </message>
    <message>
        <source>This placement ended on %1.</source>
        <translation>Questo affidamento si è concluso il %1.</translation>
    </message>
    <message>
        <source>Someone else changed this placement in the meantime. Reload it and try again; nothing was changed.</source>
        <translation>Qualcun altro ha modificato questo affidamento nel frattempo. Ricaricalo e riprova; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The child is a person of the case: add them first.</source>
        <translation>Il minore deve essere una persona della cartella: aggiungilo prima.</translation>
    </message>
    <message>
        <source>The child does not exist.</source>
        <translation>Il minore non esiste.</translation>
    </message>
    <message>
        <source>Foster care is for minors: check the child&apos;s date of birth.</source>
        <translation>L&apos;affido familiare riguarda i minori: controlla la data di nascita del minore.</translation>
    </message>
    <message>
        <source>Choose the foster family.</source>
        <translation>Scegli la famiglia affidataria.</translation>
    </message>
    <message>
        <source>This family was withdrawn from the registry.</source>
        <translation>Questa famiglia è stata ritirata dall&apos;albo.</translation>
    </message>
    <message>
        <source>The family has no free place: %1 of %2 taken.</source>
        <translation>La famiglia non ha posti liberi: occupati %1 su %2.</translation>
    </message>
    <message>
        <source>The family has not been assessed as suitable.</source>
        <translation>La famiglia non è stata valutata idonea.</translation>
    </message>
    <message>
        <source>The family does not offer %1.</source>
        <translation>La famiglia non ha dato disponibilità per: %1.</translation>
    </message>
    <message>
        <source>The family takes children from %1 to %2 years; the child is %3.</source>
        <translation>La famiglia accoglie minori da %1 a %2 anni; il minore ha %3 anni.</translation>
    </message>
    <message>
        <source>An extension is ordered by the Tribunale per i Minorenni: give the decree&apos;s number.</source>
        <translation>La proroga è disposta dal Tribunale per i Minorenni: indica il numero del decreto.</translation>
    </message>
    <message>
        <source>The decree number is at most 60 characters long.</source>
        <translation>Il numero del decreto non può superare i 60 caratteri.</translation>
    </message>
    <message>
        <source>Give the date of the decree, today or before.</source>
        <translation>Indica la data del decreto, oggi o precedente.</translation>
    </message>
    <message>
        <source>Give the new end of the placement.</source>
        <translation>Indica la nuova fine dell&apos;affidamento.</translation>
    </message>
    <message>
        <source>The measure is at most 2000 characters long.</source>
        <translation>Il provvedimento non può superare i 2000 caratteri.</translation>
    </message>
    <message>
        <source>The decree comes after the start of the placement.</source>
        <translation>Il decreto deve essere successivo all&apos;inizio dell&apos;affidamento.</translation>
    </message>
    <message>
        <source>The new end comes after the present one (%1).</source>
        <translation>La nuova fine deve essere successiva a quella attuale (%1).</translation>
    </message>
    <message>
        <source>Give the day the placement ended, today or before.</source>
        <translation>Indica il giorno in cui l&apos;affidamento si è concluso, oggi o precedente.</translation>
    </message>
    <message>
        <source>Say how the placement ended (at least 5 characters), e.g. return to the family.</source>
        <translation>Indica come si è concluso l&apos;affidamento (almeno 5 caratteri), ad es. rientro in famiglia.</translation>
    </message>
    <message>
        <source>The reason is at most 500 characters long.</source>
        <translation>Il motivo non può superare i 500 caratteri.</translation>
    </message>
    <message>
        <source>A placement ends after it starts (%1).</source>
        <translation>Un affidamento deve concludersi dopo il suo inizio (%1).</translation>
    </message>
    <message>
        <source>Give the name of the family, e.g. &quot;Famiglia Bianchi&quot;.</source>
        <translation>Indica il nome della famiglia, ad es. &quot;Famiglia Bianchi&quot;.</translation>
    </message>
    <message>
        <source>The name of the family is at most 120 characters long.</source>
        <translation>Il nome della famiglia non può superare i 120 caratteri.</translation>
    </message>
    <message>
        <source>Choose the Comune from the list.</source>
        <translation>Scegli il Comune dall&apos;elenco.</translation>
    </message>
    <message>
        <source>The address is at most 200 characters long.</source>
        <translation>L&apos;indirizzo non può superare i 200 caratteri.</translation>
    </message>
    <message>
        <source>The phone number is at most 40 characters long.</source>
        <translation>Il numero di telefono non può superare i 40 caratteri.</translation>
    </message>
    <message>
        <source>Choose at least one kind of availability.</source>
        <translation>Scegli almeno un tipo di disponibilità.</translation>
    </message>
    <message>
        <source>Each kind of availability is chosen once.</source>
        <translation>Ogni tipo di disponibilità può essere scelto una sola volta.</translation>
    </message>
    <message>
        <source>The ages accepted go from 0 to %1, the lowest first.</source>
        <translation>Le età accolte vanno da 0 a %1, prima la più bassa.</translation>
    </message>
    <message>
        <source>A family takes from 1 to %1 children.</source>
        <translation>Una famiglia accoglie da 1 a %1 minori.</translation>
    </message>
    <message>
        <source>The training cannot be completed in the future.</source>
        <translation>La data di completamento della formazione non può essere futura.</translation>
    </message>
    <message>
        <source>Give the date of the suitability assessment.</source>
        <translation>Indica la data della valutazione di idoneità.</translation>
    </message>
    <message>
        <source>The assessment cannot be in the future.</source>
        <translation>La data della valutazione non può essere futura.</translation>
    </message>
    <message>
        <source>The notes are at most 2000 characters long.</source>
        <translation>Le note non possono superare i 2000 caratteri.</translation>
    </message>
    <message>
        <source>The foster family does not exist.</source>
        <translation>La famiglia affidataria non esiste.</translation>
    </message>
    <message>
        <source>Give the name of each member of the family.</source>
        <translation>Indica il nome di ogni componente della famiglia.</translation>
    </message>
    <message>
        <source>Someone else changed this family in the meantime. Reload it and try again; nothing was changed.</source>
        <translation>Qualcun altro ha modificato questa famiglia nel frattempo. Ricaricala e riprova; non è stato modificato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>The family has %n child(ren) placed now: the capacity cannot be lower.</source>
        <translation>
            <numerusform>La famiglia ha ora %n minore in affidamento: la capienza non può essere inferiore.</numerusform>
            <numerusform>La famiglia ha ora %n minori in affidamento: la capienza non può essere inferiore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the day the family left, today or before.</source>
        <translation>Indica il giorno in cui la famiglia è uscita dall&apos;albo, oggi o precedente.</translation>
    </message>
    <message>
        <source>Someone else changed this family in the meantime. Reload it and try again.</source>
        <translation>Qualcun altro ha modificato questa famiglia nel frattempo. Ricaricala e riprova.</translation>
    </message>
    <message>
        <source>A child is placed with this family: end the placement first.</source>
        <translation>Un minore è in affidamento presso questa famiglia: prima concludi l&apos;affidamento.</translation>
    </message>
    <message>
        <source>Give the name of the member.</source>
        <translation>Indica il nome del componente.</translation>
    </message>
    <message>
        <source>The name is at most 120 characters long.</source>
        <translation>Il nome non può superare i 120 caratteri.</translation>
    </message>
    <message>
        <source>The person does not exist.</source>
        <translation>La persona non esiste.</translation>
    </message>
    <message>
        <source>Give the day the member left, today or before.</source>
        <translation>Indica il giorno in cui il componente è uscito dalla famiglia, oggi o precedente.</translation>
    </message>
    <message>
        <source>The member is not of this family.</source>
        <translation>Il componente non appartiene a questa famiglia.</translation>
    </message>
    <message>
        <source>The member already left the family.</source>
        <translation>Il componente è già uscito dalla famiglia.</translation>
    </message>
    <message>
        <source>Give the child&apos;s date of birth.</source>
        <translation>Indica la data di nascita del minore.</translation>
    </message>
    <message>
        <source>Foster care is for minors: the person is %1.</source>
        <translation>L&apos;affido familiare riguarda i minori: la persona ha %1 anni.</translation>
    </message>
    <message>
        <source>Foster care is for minors: give an age from 0 to %1.</source>
        <translation>L&apos;affido familiare riguarda i minori: indica un&apos;età da 0 a %1 anni.</translation>
    </message>
    <message>
        <source>offers %1</source>
        <translation>disponibilità: %1</translation>
    </message>
    <message>
        <source>takes children from %1 to %2 years</source>
        <translation>accoglie minori da %1 a %2 anni</translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n posto libero</numerusform>
            <numerusform>%n posti liberi</numerusform>
        </translation>
    </message>
    <message>
        <source>same Comune</source>
        <translation>stesso Comune</translation>
    </message>
    <message>
        <source>same province</source>
        <translation>stessa provincia</translation>
    </message>
    <message>
        <source>suitable since %1</source>
        <translation>idonea dal %1</translation>
    </message>
    <message>
        <source>The office&apos;s warning ahead of a placement&apos;s term cannot be read: the zone manager should set it again.</source>
        <translation>Non è possibile leggere il preavviso dell&apos;ufficio sul termine degli affidamenti: il responsabile di zona deve impostarlo di nuovo.</translation>
    </message>
    <message>
        <source>The warning comes from 1 to %1 days ahead of the term.</source>
        <translation>Il preavviso va da 1 a %1 giorni prima del termine.</translation>
    </message>
    <message>
        <source>Give the monthly amount of the allowance.</source>
        <translation>Indica l&apos;importo mensile del contributo.</translation>
    </message>
    <message>
        <source>The allowance runs within the placement, from %1 to %2.</source>
        <translation>Il contributo deve rientrare nel periodo dell&apos;affidamento, dal %1 al %2.</translation>
    </message>
    <message>
        <source>The catalogue has no foster allowance (&quot;%1&quot;).</source>
        <translation>Nel catalogo non c&apos;è il contributo per l&apos;affido (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The placement&apos;s text names an address or contact of the family of origin, which the carers may not see: remove it from the placement first.</source>
        <translation>Il testo dell&apos;affidamento riporta un indirizzo o un recapito della famiglia d&apos;origine, che gli affidatari non possono vedere: prima rimuovilo dall&apos;affidamento.</translation>
    </message>
</context>
<context>
    <name>FosterFamilyDialog</name>
    <message>
        <source>Foster family</source>
        <translation>Famiglia affidataria</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Comune</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <source>Name or ISTAT code</source>
        <translation>Nome o codice ISTAT</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>Youngest &amp;age</source>
        <translation>&amp;Età minima</translation>
    </message>
    <message>
        <source>&amp;Oldest age</source>
        <translation>Età ma&amp;ssima</translation>
    </message>
    <message>
        <source>Ca&amp;pacity</source>
        <translation>Ca&amp;pienza</translation>
    </message>
    <message>
        <source>&amp;Training completed on</source>
        <translation>&amp;Formazione completata il</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Suitability</source>
        <translation>I&amp;doneità</translation>
    </message>
    <message>
        <source>Assessed o&amp;n</source>
        <translation>&amp;Valutata il</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residenziale</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>Diurno</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergenza</translation>
    </message>
    <message>
        <source>Mother and child</source>
        <translation>Mamma-bambino</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Componenti</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>A&amp;dd member</source>
        <translation>&amp;Aggiungi componente</translation>
    </message>
    <message>
        <source>Current placements</source>
        <translation>Affidamenti in corso</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>&amp;Create household</source>
        <translation>&amp;Crea nucleo familiare</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Aggiungi componente…</translation>
    </message>
    <message>
        <source>Member &amp;leaves</source>
        <translation>&amp;Uscita dal nucleo</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>This person already belongs to a household.</source>
        <translation>Questa persona fa già parte di un nucleo familiare.</translation>
    </message>
    <message>
        <source>Someone else changed this household in the meantime. Reload it and try again; nothing was changed.</source>
        <translation>Qualcun altro ha modificato questo nucleo familiare nel frattempo. Ricaricalo e riprova; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>A household has exactly one reference person.</source>
        <translation>Un nucleo familiare ha una sola persona di riferimento.</translation>
    </message>
    <message>
        <source>This person is already a member of this household.</source>
        <translation>Questa persona fa già parte di questo nucleo familiare.</translation>
    </message>
    <message>
        <source>This person already belongs to another household: remove them from it first.</source>
        <translation>Questa persona fa già parte di un altro nucleo familiare: toglila prima da quello.</translation>
    </message>
    <message>
        <source>This person is not a member of the household.</source>
        <translation>Questa persona non fa parte del nucleo familiare.</translation>
    </message>
    <message>
        <source>The reference person cannot leave while other members remain.</source>
        <translation>La persona di riferimento non può uscire dal nucleo finché ci sono altri componenti.</translation>
    </message>
    <message>
        <source>The household does not exist.</source>
        <translation>Il nucleo familiare non esiste.</translation>
    </message>
</context>
<context>
    <name>InclusionDialog</name>
    <message>
        <source>Percorso di inclusione sociale</source>
        <translation>Percorso di inclusione sociale</translation>
    </message>
    <message>
        <source>Agreed &amp;activity</source>
        <translation>&amp;Attività concordata</translation>
    </message>
    <message>
        <source>What the person does, where, and how often (not employment)</source>
        <translation>Che cosa fa la persona, dove e con quale frequenza (non un&apos;attività lavorativa)</translation>
    </message>
    <message>
        <source>&amp;Educator</source>
        <translation>&amp;Educatore</translation>
    </message>
    <message>
        <source>Monthly &amp;subsidy (€)</source>
        <translation>Contributo &amp;mensile (€)</translation>
    </message>
    <message>
        <source>e.g. 300,00</source>
        <translation>es. 300,00</translation>
    </message>
    <message>
        <source>&amp;Set up the path</source>
        <translation>&amp;Imposta il percorso</translation>
    </message>
    <message>
        <source>&amp;Record attendance…</source>
        <translation>&amp;Registra presenze…</translation>
    </message>
    <message>
        <source>&amp;Pay month…</source>
        <translation>&amp;Paga una mensilità…</translation>
    </message>
    <message>
        <source>Attendance r&amp;ule…</source>
        <translation>Re&amp;gola delle presenze…</translation>
    </message>
</context>
<context>
    <name>InclusionService</name>
    <message>
        <source>This service is not a percorso di inclusione sociale.</source>
        <translation>Questa prestazione non è un percorso di inclusione sociale.</translation>
    </message>
    <message>
        <source>This PIS has not been set up yet.</source>
        <translation>Questo PIS non è ancora stato impostato.</translation>
    </message>
    <message>
        <source>The office&apos;s attendance rule for the PIS cannot be read: the zone manager should set it again.</source>
        <translation>Non è possibile leggere la regola delle presenze dell&apos;ufficio per i PIS: il responsabile di zona deve impostarla di nuovo.</translation>
    </message>
    <message>
        <source>Describe the activity agreed with the person.</source>
        <translation>Descrivi l&apos;attività concordata con la persona.</translation>
    </message>
    <message>
        <source>The activity is too long (at most 500 characters).</source>
        <translation>La descrizione dell&apos;attività è troppo lunga (massimo 500 caratteri).</translation>
    </message>
    <message>
        <source>Give the monthly subsidy.</source>
        <translation>Indica il contributo mensile.</translation>
    </message>
    <message>
        <source>A PIS is set up while it is requested or approved, before it starts.</source>
        <translation>Un PIS si imposta quando è richiesto o approvato, prima che inizi.</translation>
    </message>
    <message>
        <source>This PIS is set up already.</source>
        <translation>Questo PIS è già impostato.</translation>
    </message>
    <message>
        <source>Choose the educator who follows the path.</source>
        <translation>Scegli l&apos;educatore che segue il percorso.</translation>
    </message>
    <message>
        <source>The monthly subsidy (%1) is above the monthly amount of the service (%2).</source>
        <translation>Il contributo mensile (%1) supera l&apos;importo mensile della prestazione (%2).</translation>
    </message>
    <message>
        <source>Only the zone manager sets the attendance rule of the PIS.</source>
        <translation>Solo il responsabile di zona può impostare la regola delle presenze dei PIS.</translation>
    </message>
    <message>
        <source>The minimum attendance goes from 0% to the full attendance, and the full attendance up to 100%.</source>
        <translation>La soglia minima di presenza va dallo 0% fino alla soglia del contributo intero, e la soglia del contributo intero arriva al massimo al 100%.</translation>
    </message>
    <message>
        <source>Attendance is recorded by who records payments or by the path&apos;s educator.</source>
        <translation>Le presenze sono registrate da chi registra i pagamenti o dall&apos;educatore del percorso.</translation>
    </message>
    <message>
        <source>Give the hours planned for the month.</source>
        <translation>Indica le ore previste per il mese.</translation>
    </message>
    <message>
        <source>A month has at most 744 hours.</source>
        <translation>Un mese ha al massimo 744 ore.</translation>
    </message>
    <message>
        <source>The hours attended go from 0 to the hours planned (%1).</source>
        <translation>Le ore di presenza vanno da 0 alle ore previste (%1).</translation>
    </message>
    <message>
        <source>Attendance is recorded on an approved PIS in progress.</source>
        <translation>Le presenze si registrano su un PIS approvato o in corso.</translation>
    </message>
    <message>
        <source>The attendance of %1 is recorded already, and is kept as it was.</source>
        <translation>Le presenze di %1 sono già registrate e restano invariate.</translation>
    </message>
    <message>
        <source>Recorded already.</source>
        <translation>Già registrato.</translation>
    </message>
    <message>
        <source>No attendance is recorded for %1: record it before paying.</source>
        <translation>Per %1 non ci sono presenze registrate: registrale prima di pagare.</translation>
    </message>
    <message>
        <source>%1 was paid already, on %2.</source>
        <translation>Il mese %1 è già stato pagato il %2.</translation>
    </message>
    <message>
        <source>Paid already.</source>
        <translation>Già pagato.</translation>
    </message>
    <message>
        <source>The attendance of %1 gives no subsidy: there is nothing to pay.</source>
        <translation>Le presenze di %1 non danno diritto al contributo: non c&apos;è nulla da pagare.</translation>
    </message>
    <message>
        <source>The payment for %1 cannot come before the month.</source>
        <translation>Il pagamento del mese %1 non può essere anteriore al mese stesso.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New contact (segretariato sociale)</source>
        <translation>Nuovo contatto (segretariato sociale)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nale</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Chi si è presentato</translation>
    </message>
    <message>
        <source>Add person from the &amp;registry…</source>
        <translation>Aggiungi persona dall&apos;ar&amp;chivio…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>…or a name, when the person is not in the registry</source>
        <translation>…oppure un nome, se la persona non è in archivio</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <source>The request in the person&apos;s words</source>
        <translation>La richiesta con le parole della persona</translation>
    </message>
    <message>
        <source>Information and &amp;orientation given</source>
        <translation>Informazioni e &amp;orientamento forniti</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <source>Referred &amp;to</source>
        <translation>&amp;Invio a</translation>
    </message>
    <message>
        <source>The service the person was sent to</source>
        <translation>Il servizio a cui è stata inviata la persona</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>A contact cannot be dated in the future.</source>
        <translation>Un contatto non può avere una data futura.</translation>
    </message>
    <message>
        <source>Write the request in the person&apos;s words.</source>
        <translation>Scrivi la richiesta con le parole della persona.</translation>
    </message>
    <message>
        <source>Say who came: choose a person from the registry or write a name.</source>
        <translation>Indica chi si è presentato: scegli una persona dall&apos;archivio oppure scrivi un nome.</translation>
    </message>
    <message>
        <source>The Comune is not in the ISTAT list.</source>
        <translation>Il Comune non è presente nell&apos;elenco ISTAT.</translation>
    </message>
    <message>
        <source>A case is opened from a recorded contact with &quot;Open case&quot;.</source>
        <translation>Una cartella si apre da un contatto registrato con &quot;Apri cartella&quot;.</translation>
    </message>
    <message>
        <source>Say which service the person was referred to.</source>
        <translation>Indica a quale servizio è stata inviata la persona.</translation>
    </message>
    <message>
        <source>Case %1 was already opened from this contact.</source>
        <translation>Da questo contatto è già stata aperta la cartella %1.</translation>
    </message>
    <message>
        <source>Someone else changed this contact in the meantime. Reload it and try again.</source>
        <translation>Qualcun altro ha modificato questo contatto nel frattempo. Ricaricalo e riprova.</translation>
    </message>
    <message>
        <source>Register the person who came before opening a case for them.</source>
        <translation>Prima di aprire una cartella, registra in archivio la persona che si è presentata.</translation>
    </message>
    <message>
        <source>Segretariato sociale (%1). Request: %2</source>
        <translation>Segretariato sociale (%1). Richiesta: %2</translation>
    </message>
    <message>
        <source>Information and orientation given: %1</source>
        <translation>Informazioni e orientamento forniti: %1</translation>
    </message>
    <message>
        <source>The contact does not exist.</source>
        <translation>Il contatto non esiste.</translation>
    </message>
</context>
<context>
    <name>IseeDialog</name>
    <message>
        <source>ISEE</source>
        <translation>ISEE</translation>
    </message>
    <message>
        <source>Record a new DSU</source>
        <translation>Registra una nuova DSU</translation>
    </message>
    <message>
        <source>ISEE &amp;value (€)</source>
        <translation>&amp;Valore ISEE (€)</translation>
    </message>
    <message>
        <source>e.g. 8.500,00</source>
        <translation>es. 8.500,00</translation>
    </message>
    <message>
        <source>&amp;DSU protocol</source>
        <translation>&amp;Protocollo DSU</translation>
    </message>
    <message>
        <source>As on the INPS receipt, e.g. INPS-ISEE-2026-00012345A-00</source>
        <translation>Come sulla ricevuta INPS, es. INPS-ISEE-2026-00012345A-00</translation>
    </message>
    <message>
        <source>&amp;Filed on</source>
        <translation>Presentata &amp;il</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
</context>
<context>
    <name>IseeService</name>
    <message>
        <source>Choose the person the declaration belongs to.</source>
        <translation>Scegli la persona a cui si riferisce la dichiarazione.</translation>
    </message>
    <message>
        <source>The ISEE value cannot be negative.</source>
        <translation>Il valore ISEE non può essere negativo.</translation>
    </message>
    <message>
        <source>Give the DSU protocol number.</source>
        <translation>Indica il numero di protocollo della DSU.</translation>
    </message>
    <message>
        <source>Give the date the DSU was filed.</source>
        <translation>Indica la data di presentazione della DSU.</translation>
    </message>
    <message>
        <source>The filing date cannot be in the future.</source>
        <translation>La data di presentazione non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The ISEE of %1 (DSU %2) is above the threshold of %3 for this benefit.</source>
        <translation>L&apos;ISEE di %1 (DSU %2) supera la soglia di %3 prevista per questa prestazione.</translation>
    </message>
    <message>
        <source>The ISEE expired: the DSU %1 filed on %2 was valid until %3. A new DSU is needed.</source>
        <translation>L&apos;ISEE è scaduto: la DSU %1 presentata il %2 era valida fino al %3. Serve una nuova DSU.</translation>
    </message>
    <message>
        <source>This benefit needs an ISEE, and none is recorded for the person. Record the DSU first.</source>
        <translation>Questa prestazione richiede l&apos;ISEE, ma per la persona non ne è registrato nessuno. Registra prima la DSU.</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Honour loan</source>
        <translation>Prestito sull&apos;onore</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Importo del prestito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>Piano di restituzione</translation>
    </message>
    <message>
        <source>&amp;Monthly instalments</source>
        <translation>Rate &amp;mensili</translation>
    </message>
    <message>
        <source>&amp;First due on</source>
        <translation>Prima &amp;scadenza</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Set up the plan</source>
        <translation>Imp&amp;osta il piano</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Restituito</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Da restituire</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>Arretrati</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prossima scadenza</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Restituzioni</translation>
    </message>
    <message>
        <source>&amp;Record repayment…</source>
        <translation>Re&amp;gistra restituzione…</translation>
    </message>
    <message>
        <source>&amp;Write off remainder…</source>
        <translation>Stra&amp;lcia il residuo…</translation>
    </message>
    <message>
        <source>Record a repayment</source>
        <translation>Registra una restituzione</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Importo (€)</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Pagato il</translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation>Rif&amp;erimento</translation>
    </message>
    <message>
        <source>receipt or transfer number</source>
        <translation>numero di ricevuta o di bonifico</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Write off the remainder</source>
        <translation>Stralcia il residuo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Assistance &amp;line</source>
        <translation>&amp;Capitolo di assistenza</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Moti&amp;vo</translation>
    </message>
    <message>
        <source>Why the remainder cannot be recovered</source>
        <translation>Perché il residuo non è recuperabile</translation>
    </message>
    <message>
        <source>Write &amp;off</source>
        <translation>S&amp;tralcia</translation>
    </message>
</context>
<context>
    <name>LoanService</name>
    <message>
        <source>Honour loan: instalment %1 of %2 (%3)</source>
        <translation>Prestito sull&apos;onore: rata %1 di %2 (%3)</translation>
    </message>
    <message>
        <source>The service does not exist.</source>
        <translation>La prestazione non esiste.</translation>
    </message>
    <message>
        <source>This service is not an honour loan.</source>
        <translation>Questa prestazione non è un prestito sull&apos;onore.</translation>
    </message>
    <message>
        <source>The loan&apos;s repayment plan has not been set up yet.</source>
        <translation>Il piano di restituzione del prestito non è ancora stato impostato.</translation>
    </message>
    <message>
        <source>This loan has been repaid in full: it is closed.</source>
        <translation>Questo prestito è stato interamente restituito: è chiuso.</translation>
    </message>
    <message>
        <source>This loan&apos;s remainder was written off: it is closed.</source>
        <translation>Il residuo di questo prestito è stato stralciato: il prestito è chiuso.</translation>
    </message>
    <message>
        <source>A loan is repaid in 1 to %1 monthly instalments.</source>
        <translation>Un prestito si restituisce in un numero di rate mensili da 1 a %1.</translation>
    </message>
    <message>
        <source>Give the date of the first instalment.</source>
        <translation>Indica la data della prima rata.</translation>
    </message>
    <message numerus="yes">
        <source>The first instalment falls more than %n month(s) from today.</source>
        <translation>
            <numerusform>La prima rata cade a più di %n mese da oggi.</numerusform>
            <numerusform>La prima rata cade a più di %n mesi da oggi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The repayment plan is set up once the loan has been approved.</source>
        <translation>Il piano di restituzione si imposta dopo l&apos;approvazione del prestito.</translation>
    </message>
    <message>
        <source>This loan already has its repayment plan.</source>
        <translation>Questo prestito ha già il suo piano di restituzione.</translation>
    </message>
    <message>
        <source>The loan has no amount: the Comune&apos;s share of the service is zero.</source>
        <translation>Il prestito non ha un importo: la quota della prestazione a carico del Comune è zero.</translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 instalments.</source>
        <translation>%1 non può essere suddiviso in %2 rate.</translation>
    </message>
    <message>
        <source>The first instalment cannot fall before the loan was approved (%1).</source>
        <translation>La prima rata non può cadere prima dell&apos;approvazione del prestito (%1).</translation>
    </message>
    <message>
        <source>Give the amount repaid, more than zero.</source>
        <translation>Indica l&apos;importo restituito, maggiore di zero.</translation>
    </message>
    <message>
        <source>Give the day the money was paid.</source>
        <translation>Indica il giorno in cui è stato effettuato il versamento.</translation>
    </message>
    <message>
        <source>A repayment is recorded once it has been made.</source>
        <translation>Una restituzione si registra solo dopo che è stata effettuata.</translation>
    </message>
    <message>
        <source>The reference is at most 100 characters long.</source>
        <translation>Il riferimento può avere al massimo 100 caratteri.</translation>
    </message>
    <message>
        <source>The loan was approved on %1: a repayment cannot come before.</source>
        <translation>Il prestito è stato approvato il %1: una restituzione non può essere precedente.</translation>
    </message>
    <message>
        <source>%1 is more than what is still owed: %2.</source>
        <translation>%1 supera quanto resta da restituire: %2.</translation>
    </message>
    <message>
        <source>Say why the remainder cannot be recovered (at least %1 characters).</source>
        <translation>Indica perché il residuo non è recuperabile (almeno %1 caratteri).</translation>
    </message>
    <message>
        <source>Give the day of the write-off, today or before.</source>
        <translation>Indica il giorno dello stralcio: oggi o una data precedente.</translation>
    </message>
    <message>
        <source>Choose the assistance budget line that bears the write-off.</source>
        <translation>Scegli il capitolo di assistenza su cui grava lo stralcio.</translation>
    </message>
    <message>
        <source>The write-off cannot come before the last repayment (%1).</source>
        <translation>Lo stralcio non può precedere l&apos;ultima restituzione (%1).</translation>
    </message>
    <message>
        <source>The loan was approved on %1: a write-off cannot come before.</source>
        <translation>Il prestito è stato approvato il %1: lo stralcio non può essere precedente.</translation>
    </message>
    <message>
        <source>The budget line does not exist.</source>
        <translation>Il capitolo di bilancio non esiste.</translation>
    </message>
    <message>
        <source>Line %1 is not an assistance line: honour loans are written off against the assistance line.</source>
        <translation>Il capitolo %1 non è un capitolo di assistenza: i prestiti sull&apos;onore si stralciano sul capitolo di assistenza.</translation>
    </message>
    <message>
        <source>The write-off falls in %1: choose a line of that year.</source>
        <translation>Lo stralcio cade nel %1: scegli un capitolo di quell&apos;anno.</translation>
    </message>
    <message>
        <source>Line %1 lacks %2 to bear this write-off of %3: a zone manager&apos;s override on the line is needed first.</source>
        <translation>Al capitolo %1 mancano %2 per coprire questo stralcio di %3: serve prima uno sforamento autorizzato dal responsabile di zona sul capitolo.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Cartella — session locked</source>
        <translation>Cartella — sessione bloccata</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Cartella — log in</source>
        <translation>Cartella — accesso</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>New court decree</source>
        <translation>Nuovo decreto dell&apos;autorità giudiziaria</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Autorità</translation>
    </message>
    <message>
        <source>Decree &amp;number</source>
        <translation>&amp;Numero del decreto</translation>
    </message>
    <message>
        <source>e.g. 1234/2026 V.G.</source>
        <translation>es. 1234/2026 V.G.</translation>
    </message>
    <message>
        <source>Decree &amp;date</source>
        <translation>&amp;Data del decreto</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Measures ordered</source>
        <translation>&amp;Provvedimenti disposti</translation>
    </message>
    <message>
        <source>&amp;Other measure</source>
        <translation>Altro pro&amp;vvedimento</translation>
    </message>
    <message>
        <source>Only when &quot;Other measure&quot; is ticked</source>
        <translation>Solo se è spuntato &quot;Altro provvedimento&quot;</translation>
    </message>
    <message>
        <source>Tasks the decree gives the service</source>
        <translation>Compiti che il decreto affida al servizio</translation>
    </message>
    <message>
        <source>due dd/mm/yyyy</source>
        <translation>scadenza gg/mm/aaaa</translation>
    </message>
    <message>
        <source>What exactly (optional)</source>
        <translation>Che cosa esattamente (facoltativo)</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Aggiungi &amp;compito</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>&amp;Rimuovi compito</translation>
    </message>
</context>
<context>
    <name>MandateService</name>
    <message>
        <source>Give the day the probation starts.</source>
        <translation>Indica il giorno d&apos;inizio della messa alla prova.</translation>
    </message>
    <message>
        <source>Give the day the probation ends.</source>
        <translation>Indica il giorno di fine della messa alla prova.</translation>
    </message>
    <message>
        <source>The probation ends after it starts.</source>
        <translation>La messa alla prova finisce dopo il suo inizio.</translation>
    </message>
    <message numerus="yes">
        <source>The trial is suspended for at most %n year(s), even for the gravest offences (DPR 448/1988 art. 28).</source>
        <translation>
            <numerusform>Il processo è sospeso per non più di %n anno, anche per i reati più gravi (DPR 448/1988 art. 28).</numerusform>
            <numerusform>Il processo è sospeso per non più di %n anni, anche per i reati più gravi (DPR 448/1988 art. 28).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trial is suspended for at most %n year(s) (DPR 448/1988 art. 28); up to three years only for the gravest offences.</source>
        <translation>
            <numerusform>Il processo è sospeso per non più di %n anno (DPR 448/1988 art. 28); fino a tre anni solo per i reati più gravi.</numerusform>
            <numerusform>Il processo è sospeso per non più di %n anni (DPR 448/1988 art. 28); fino a tre anni solo per i reati più gravi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the project agreed with the juvenile justice services.</source>
        <translation>Indica il progetto concordato con i servizi della giustizia minorile (USSM).</translation>
    </message>
    <message>
        <source>The project is at most 8000 characters long.</source>
        <translation>Il progetto non può superare gli 8000 caratteri.</translation>
    </message>
    <message>
        <source>The task does not exist.</source>
        <translation>Il compito non esiste.</translation>
    </message>
    <message>
        <source>A probation is recorded on a task of kind probation.</source>
        <translation>Una messa alla prova si registra su un compito di tipo messa alla prova.</translation>
    </message>
    <message>
        <source>This task already has its probation.</source>
        <translation>Questo compito ha già la sua messa alla prova.</translation>
    </message>
    <message>
        <source>The probation cannot start before the decree&apos;s date.</source>
        <translation>La messa alla prova non può iniziare prima della data del decreto.</translation>
    </message>
    <message>
        <source>Choose the outcome of the probation.</source>
        <translation>Scegli l&apos;esito della messa alla prova.</translation>
    </message>
    <message>
        <source>Give the day of the outcome, today or before.</source>
        <translation>Indica il giorno dell&apos;esito, oggi o prima.</translation>
    </message>
    <message>
        <source>This task has no probation recorded.</source>
        <translation>Questo compito non ha una messa alla prova registrata.</translation>
    </message>
    <message>
        <source>Someone else changed this probation in the meantime. Reload and try again.</source>
        <translation>Qualcun altro ha modificato questa messa alla prova nel frattempo. Ricarica e riprova.</translation>
    </message>
    <message>
        <source>The outcome cannot come before the probation starts (%1).</source>
        <translation>L&apos;esito non può precedere l&apos;inizio della messa alla prova (%1).</translation>
    </message>
    <message>
        <source>A positive outcome is declared once the probation has ended (%1).</source>
        <translation>L&apos;esito positivo si dichiara a messa alla prova conclusa (%1).</translation>
    </message>
    <message>
        <source>The court mandate does not exist.</source>
        <translation>Il mandato non esiste.</translation>
    </message>
    <message>
        <source>The office&apos;s reminders for court mandates cannot be read: the zone manager should set them again.</source>
        <translation>Non è possibile leggere i promemoria dei mandati dell&apos;ufficio: il responsabile di zona dovrebbe impostarli di nuovo.</translation>
    </message>
    <message>
        <source>Give from 1 to %1 different reminders, each from 1 to %2 days before the due date.</source>
        <translation>Indica da 1 a %1 promemoria diversi, ciascuno da 1 a %2 giorni prima della scadenza.</translation>
    </message>
    <message>
        <source>Give the day the reminders are for.</source>
        <translation>Indica il giorno a cui si riferiscono i promemoria.</translation>
    </message>
    <message>
        <source>%1: decree %2 of %3</source>
        <translation>%1: decreto %2 del %3</translation>
    </message>
    <message>
        <source>Give the date the task is due by.</source>
        <translation>Indica la data entro cui il compito scade.</translation>
    </message>
    <message>
        <source>The description of a task is at most 500 characters long.</source>
        <translation>La descrizione di un compito non può superare i 500 caratteri.</translation>
    </message>
    <message>
        <source>Give the number of the decree.</source>
        <translation>Indica il numero del decreto.</translation>
    </message>
    <message>
        <source>The decree number is at most 60 characters long.</source>
        <translation>Il numero del decreto non può superare i 60 caratteri.</translation>
    </message>
    <message>
        <source>Give the date of the decree.</source>
        <translation>Indica la data del decreto.</translation>
    </message>
    <message>
        <source>The date of the decree cannot be in the future.</source>
        <translation>La data del decreto non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Choose at least one measure the decree orders.</source>
        <translation>Scegli almeno un provvedimento disposto dal decreto.</translation>
    </message>
    <message>
        <source>Each measure is chosen once.</source>
        <translation>Ogni provvedimento si sceglie una volta sola.</translation>
    </message>
    <message>
        <source>Say what the other measure is.</source>
        <translation>Specifica l&apos;altro provvedimento.</translation>
    </message>
    <message>
        <source>Describe another measure only when &quot;Other measure&quot; is chosen.</source>
        <translation>Descrivi un altro provvedimento solo quando è scelto &quot;Altro provvedimento&quot;.</translation>
    </message>
    <message>
        <source>The other measure is at most 200 characters long.</source>
        <translation>L&apos;altro provvedimento non può superare i 200 caratteri.</translation>
    </message>
    <message>
        <source>This task was completed on %1 by %2.</source>
        <translation>Questo compito è stato completato il %1 da %2.</translation>
    </message>
    <message>
        <source>Someone else changed this task in the meantime. Reload and try again.</source>
        <translation>Qualcun altro ha modificato questo compito nel frattempo. Ricarica e riprova.</translation>
    </message>
    <message>
        <source>A task cannot fall due before the decree&apos;s date.</source>
        <translation>Un compito non può scadere prima della data del decreto.</translation>
    </message>
    <message>
        <source>A court mandate was recorded: the case is riservato.</source>
        <translation>È stato registrato un mandato dell&apos;autorità giudiziaria: la cartella è riservata.</translation>
    </message>
    <message>
        <source>Someone else changed this court mandate in the meantime. Reload it and try again; nothing was changed.</source>
        <translation>Qualcun altro ha modificato questo mandato nel frattempo. Ricaricalo e riprova; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>A task of this decree falls due on %1, before that date.</source>
        <translation>Un compito di questo decreto scade il %1, prima di quella data.</translation>
    </message>
    <message>
        <source>Give the new due date.</source>
        <translation>Indica la nuova scadenza.</translation>
    </message>
    <message>
        <source>Say why the due date changes (at least %1 characters), e.g. the court&apos;s extension.</source>
        <translation>Spiega perché cambia la scadenza (almeno %1 caratteri), per esempio la proroga del tribunale.</translation>
    </message>
    <message>
        <source>The reason is at most 500 characters long.</source>
        <translation>Il motivo non può superare i 500 caratteri.</translation>
    </message>
    <message>
        <source>The task is already due on %1.</source>
        <translation>Il compito scade già il %1.</translation>
    </message>
    <message>
        <source>Give the day the task was completed, today or before.</source>
        <translation>Indica il giorno in cui il compito è stato completato, oggi o prima.</translation>
    </message>
    <message>
        <source>This probation ends with its outcome: record the outcome instead.</source>
        <translation>Questa messa alla prova si chiude con il suo esito: registra l&apos;esito.</translation>
    </message>
    <message>
        <source>A task cannot be completed before the decree&apos;s date.</source>
        <translation>Un compito non può essere completato prima della data del decreto.</translation>
    </message>
</context>
<context>
    <name>MandateTaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Compito</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
</context>
<context>
    <name>MonthPaymentDialog</name>
    <message>
        <source>Pay a month</source>
        <translation>Paga una mensilità</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mese</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Pagato il</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Riferimento</translation>
    </message>
    <message>
        <source>Payment order or act number</source>
        <translation>Numero del mandato di pagamento o dell&apos;atto</translation>
    </message>
</context>
<context>
    <name>MonthlyFormat</name>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>%1 for %2, case %3: %4 %5</source>
        <translation>%1 per %2, cartella %3: %4 %5</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a case from the contact</source>
        <translation>Apri una cartella dal contatto</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <source>&amp;Responsible social worker</source>
        <translation>Assistente sociale &amp;responsabile</translation>
    </message>
    <message>
        <source>Re&amp;ferral source</source>
        <translation>&amp;Fonte della segnalazione</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorità</translation>
    </message>
    <message>
        <source>People and their roles in the case</source>
        <translation>Persone e loro ruolo nella cartella</translation>
    </message>
    <message>
        <source>Add a person from the &amp;registry…</source>
        <translation>Aggiungi una persona dall&apos;ar&amp;chivio…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Registra un pagamento</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Importo (€)</translation>
    </message>
    <message>
        <source>e.g. 150,00</source>
        <translation>es. 150,00</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Pagato il</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Month paid</source>
        <translation>&amp;Mese pagato</translation>
    </message>
    <message>
        <source>YYYY-MM, for a monthly benefit</source>
        <translation>AAAA-MM, per una prestazione mensile</translation>
    </message>
    <message>
        <source>Payment &amp;reference</source>
        <translation>Ri&amp;ferimento del pagamento</translation>
    </message>
    <message>
        <source>Mandate or act number</source>
        <translation>Numero del mandato o dell&apos;atto</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Registry data</source>
        <translation>Dati anagrafici</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>S&amp;ex</source>
        <translation>S&amp;esso</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Birth &amp;place</source>
        <translation>&amp;Luogo di nascita</translation>
    </message>
    <message>
        <source>Comune or foreign state</source>
        <translation>Comune o Stato estero</translation>
    </message>
    <message>
        <source>&amp;Fiscal code</source>
        <translation>Codice &amp;fiscale</translation>
    </message>
    <message>
        <source>Compute from data</source>
        <translation>Calcola dai dati</translation>
    </message>
    <message>
        <source>Compute the fiscal code from surname, name, sex, birth date and place</source>
        <translation>Calcola il codice fiscale da cognome, nome, sesso, data e luogo di nascita</translation>
    </message>
    <message>
        <source>Citizenship, residence and contacts</source>
        <translation>Cittadinanza, residenza e recapiti</translation>
    </message>
    <message>
        <source>&amp;Citizenship</source>
        <translation>C&amp;ittadinanza</translation>
    </message>
    <message>
        <source>ITALIA</source>
        <translation>ITALIA</translation>
    </message>
    <message>
        <source>&amp;Residence</source>
        <translation>&amp;Residenza</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <source>&amp;Domicile</source>
        <translation>D&amp;omicilio</translation>
    </message>
    <message>
        <source>Comune, if different</source>
        <translation>Comune, se diverso</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>Personal situation</source>
        <translation>Situazione personale</translation>
    </message>
    <message>
        <source>&amp;Marital status</source>
        <translation>Stato ci&amp;vile</translation>
    </message>
    <message>
        <source>Ed&amp;ucation</source>
        <translation>Titolo di st&amp;udio</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>Condi&amp;zione lavorativa</translation>
    </message>
    <message>
        <source>16 characters, an 11-digit temporary code, or empty if not known yet</source>
        <translation>16 caratteri, un codice provvisorio di 11 cifre, oppure vuoto se non ancora noto</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>Choose a person</source>
        <translation>Scegli una persona</translation>
    </message>
    <message>
        <source>Surname, name or fiscal code…</source>
        <translation>Cognome, nome o codice fiscale…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>The surname is required.</source>
        <translation>Il cognome è obbligatorio.</translation>
    </message>
    <message>
        <source>The surname is longer than 100 characters.</source>
        <translation>Il cognome supera i 100 caratteri.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Il nome supera i 100 caratteri.</translation>
    </message>
    <message>
        <source>The sex is required.</source>
        <translation>Il sesso è obbligatorio.</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>La data di nascita è obbligatoria.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La data di nascita è nel futuro.</translation>
    </message>
    <message>
        <source>The birth date is more than 120 years ago.</source>
        <translation>La data di nascita risale a più di 120 anni fa.</translation>
    </message>
    <message>
        <source>The Comune of residence is not in the ISTAT list.</source>
        <translation>Il Comune di residenza non è presente nell&apos;elenco ISTAT.</translation>
    </message>
    <message>
        <source>The Comune of domicile is not in the ISTAT list.</source>
        <translation>Il Comune di domicilio non è presente nell&apos;elenco ISTAT.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;indirizzo e-mail non è valido.</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces and + / . -</source>
        <translation>Il numero di telefono può contenere solo cifre, spazi e i caratteri + / . -</translation>
    </message>
    <message>
        <source>The surname does not match the fiscal code: it gives %1, the code has %2.</source>
        <translation>Il cognome non corrisponde al codice fiscale: dal cognome si ottiene %1, il codice riporta %2.</translation>
    </message>
    <message>
        <source>The name does not match the fiscal code: it gives %1, the code has %2.</source>
        <translation>Il nome non corrisponde al codice fiscale: dal nome si ottiene %1, il codice riporta %2.</translation>
    </message>
    <message>
        <source>The sex does not match the fiscal code, which says %1.</source>
        <translation>Il sesso non corrisponde al codice fiscale, che riporta: %1.</translation>
    </message>
    <message>
        <source>The birth date does not match the fiscal code, which gives day %1, month %2, year ending in %3.</source>
        <translation>La data di nascita non corrisponde al codice fiscale, che riporta giorno %1, mese %2 e anno che termina in %3.</translation>
    </message>
    <message>
        <source>The birth place does not match the fiscal code, which gives %1 (%2).</source>
        <translation>Il luogo di nascita non corrisponde al codice fiscale, che riporta %1 (%2).</translation>
    </message>
    <message>
        <source>A person with this fiscal code is already registered: %1, born on %2.</source>
        <translation>È già registrata una persona con questo codice fiscale: %1, nato/a il %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with the same surname, name and birth date already registered. Check that this is not the same person before saving.</source>
        <translation>
            <numerusform>È già registrata %n persona con lo stesso cognome, nome e data di nascita. Prima di salvare, verificare che non si tratti della stessa persona.</numerusform>
            <numerusform>Sono già registrate %n persone con lo stesso cognome, nome e data di nascita. Prima di salvare, verificare che non si tratti della stessa persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a saved person can be updated.</source>
        <translation>È possibile aggiornare solo una persona già salvata.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>La persona non è più presente in archivio.</translation>
    </message>
    <message>
        <source>The birth place code %1 is not a known Comune or foreign state.</source>
        <translation>Il codice %1 del luogo di nascita non corrisponde ad alcun Comune o Stato estero noto.</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Export personal data to folder</source>
        <translation>Scegli la cartella in cui esportare i dati personali</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Esporta dati personali</translation>
    </message>
    <message>
        <source>The data were written to:
%1
%2</source>
        <translation>I dati sono stati salvati in:
%1
%2</translation>
    </message>
</context>
<context>
    <name>PlaceRegistry</name>
    <message>
        <source>The birth place is missing.</source>
        <translation>Il luogo di nascita non è indicato.</translation>
    </message>
    <message>
        <source>No Comune or foreign state is called &quot;%1&quot;.</source>
        <translation>Non esiste alcun Comune o Stato estero denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one place: %2. Give the province or the code.</source>
        <translation>&quot;%1&quot; corrisponde a più luoghi: %2. Indicare la provincia o il codice.</translation>
    </message>
</context>
<context>
    <name>ProbationDialog</name>
    <message>
        <source>Messa alla prova</source>
        <translation>Messa alla prova</translation>
    </message>
    <message>
        <source>Suspension &amp;from</source>
        <translation>Sospensione &amp;dal</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;al</translation>
    </message>
    <message>
        <source>Offence punished most severely (up to &amp;three years)</source>
        <translation>Reato tra i più gravi (sospensione fino a &amp;tre anni)</translation>
    </message>
    <message>
        <source>&amp;Project agreed with the USSM</source>
        <translation>&amp;Progetto concordato con l&apos;USSM</translation>
    </message>
    <message>
        <source>Activities, commitments, meetings, who follows them</source>
        <translation>Attività, impegni, incontri, chi li segue</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Deciso il</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Funder</source>
        <translation>&amp;Ente finanziatore</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>from dd/mm/yyyy</source>
        <translation>dal gg/mm/aaaa</translation>
    </message>
    <message>
        <source>to dd/mm/yyyy (empty: open-ended)</source>
        <translation>al gg/mm/aaaa (vuoto: senza termine)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <source>C&amp;lose project…</source>
        <translation>&amp;Chiudi progetto…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Add to &amp;team</source>
        <translation>A&amp;ggiungi all&apos;équipe</translation>
    </message>
    <message>
        <source>End &amp;membership</source>
        <translation>&amp;Termina partecipazione</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Iscrizioni</translation>
    </message>
    <message>
        <source>Cas&amp;e</source>
        <translation>Ca&amp;rtella</translation>
    </message>
    <message>
        <source>number or name</source>
        <translation>numero o nome</translation>
    </message>
    <message>
        <source>joined dd/mm/yyyy</source>
        <translation>ingresso gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Enr&amp;ol</source>
        <translation>&amp;Iscrivi</translation>
    </message>
    <message>
        <source>Pe&amp;rson without a case…</source>
        <translation>Persona senza carte&amp;lla…</translation>
    </message>
    <message>
        <source>Lea&amp;ving on</source>
        <translation>&amp;Uscita il</translation>
    </message>
    <message>
        <source>Disc&amp;harge</source>
        <translation>Di&amp;metti</translation>
    </message>
</context>
<context>
    <name>ProgrammeService</name>
    <message>
        <source>The project does not exist.</source>
        <translation>Il progetto non esiste.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indica il primo e l&apos;ultimo giorno del periodo.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Il periodo non può finire prima di iniziare.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Ente finanziatore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Comune (ISTAT)</source>
        <translation>Comune (ISTAT)</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Enrolled on the last day</source>
        <translation>Iscritti all&apos;ultimo giorno</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ingressi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>Enrolled in the period</source>
        <translation>Iscritti nel periodo</translation>
    </message>
    <message>
        <source>Distinct cases</source>
        <translation>Cartelle distinte</translation>
    </message>
    <message>
        <source>Persons without a case</source>
        <translation>Persone senza cartella</translation>
    </message>
    <message>
        <source>Give the name of the project.</source>
        <translation>Indica il nome del progetto.</translation>
    </message>
    <message>
        <source>The name of a project is at most %1 characters long.</source>
        <translation>Il nome di un progetto può contenere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The funder is at most %1 characters long.</source>
        <translation>Il nome dell&apos;ente finanziatore può contenere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The description is at most %1 characters long.</source>
        <translation>La descrizione può contenere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Give the date the project starts.</source>
        <translation>Indica la data di inizio del progetto.</translation>
    </message>
    <message>
        <source>A project cannot end before it starts.</source>
        <translation>Un progetto non può finire prima di iniziare.</translation>
    </message>
    <message>
        <source>Choose the Comuni from the list.</source>
        <translation>Scegli i Comuni dall&apos;elenco.</translation>
    </message>
    <message>
        <source>The project was closed on %1: it no longer changes.</source>
        <translation>Il progetto è stato chiuso il %1: non si può più modificare.</translation>
    </message>
    <message>
        <source>Someone else changed this project in the meantime. Reload it and try again; nothing was changed.</source>
        <translation>Qualcun altro ha modificato questo progetto nel frattempo. Ricaricalo e riprova; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Only the zone manager and the project&apos;s team enrol and discharge.</source>
        <translation>Solo il responsabile di zona e l&apos;équipe del progetto possono iscrivere e dimettere.</translation>
    </message>
    <message>
        <source>There is already a project with this name.</source>
        <translation>Esiste già un progetto con questo nome.</translation>
    </message>
    <message>
        <source>An enrolment of %1 would fall outside the new period.</source>
        <translation>Un&apos;iscrizione del %1 cadrebbe fuori dal nuovo periodo.</translation>
    </message>
    <message>
        <source>A team member from %1 would fall outside the new period.</source>
        <translation>Un componente dell&apos;équipe presente dal %1 cadrebbe fuori dal nuovo periodo.</translation>
    </message>
    <message>
        <source>Give the date the project closes.</source>
        <translation>Indica la data di chiusura del progetto.</translation>
    </message>
    <message>
        <source>A project cannot be closed on a day still to come.</source>
        <translation>Un progetto non può essere chiuso con una data futura.</translation>
    </message>
    <message>
        <source>A project cannot close before it starts.</source>
        <translation>Un progetto non può chiudersi prima di iniziare.</translation>
    </message>
    <message>
        <source>An enrolment runs until after %1: close the project on a later day.</source>
        <translation>Un&apos;iscrizione prosegue oltre il %1: chiudi il progetto in una data successiva.</translation>
    </message>
    <message>
        <source>A team member starts after %1: close the project on a later day.</source>
        <translation>Un componente dell&apos;équipe inizia dopo il %1: chiudi il progetto in una data successiva.</translation>
    </message>
    <message>
        <source>Give the date the worker joins the team.</source>
        <translation>Indica la data in cui l&apos;operatore entra nell&apos;équipe.</translation>
    </message>
    <message>
        <source>The date lies outside the project&apos;s period.</source>
        <translation>La data è fuori dal periodo del progetto.</translation>
    </message>
    <message>
        <source>%1 is already on the team.</source>
        <translation>%1 fa già parte dell&apos;équipe.</translation>
    </message>
    <message>
        <source>Give the date the worker leaves the team.</source>
        <translation>Indica la data in cui l&apos;operatore esce dall&apos;équipe.</translation>
    </message>
    <message>
        <source>The team member does not exist.</source>
        <translation>Il componente dell&apos;équipe non esiste.</translation>
    </message>
    <message>
        <source>%1 left the team on %2.</source>
        <translation>%1 ha lasciato l&apos;équipe il %2.</translation>
    </message>
    <message>
        <source>A worker cannot leave the team before joining it.</source>
        <translation>Un operatore non può lasciare l&apos;équipe prima di esserci entrato.</translation>
    </message>
    <message>
        <source>Choose the case or the person to enrol.</source>
        <translation>Scegli la cartella o la persona da iscrivere.</translation>
    </message>
    <message>
        <source>Give the date of joining.</source>
        <translation>Indica la data di ingresso.</translation>
    </message>
    <message>
        <source>The date of joining cannot be in the future.</source>
        <translation>La data di ingresso non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The date of joining lies outside the project&apos;s period (%1 – %2).</source>
        <translation>La data di ingresso è fuori dal periodo del progetto (%1 – %2).</translation>
    </message>
    <message>
        <source>open</source>
        <translation>senza termine</translation>
    </message>
    <message>
        <source>The person is not a member of the case.</source>
        <translation>La persona non è un componente della cartella.</translation>
    </message>
    <message>
        <source>Already enrolled in this project since %1.</source>
        <translation>Esiste già un&apos;iscrizione a questo progetto dal %1.</translation>
    </message>
    <message>
        <source>Already enrolled in this project from %1 to %2.</source>
        <translation>Esiste già un&apos;iscrizione a questo progetto dal %1 al %2.</translation>
    </message>
    <message>
        <source>Give the date of leaving.</source>
        <translation>Indica la data di uscita.</translation>
    </message>
    <message>
        <source>The date of leaving cannot be in the future.</source>
        <translation>La data di uscita non può essere nel futuro.</translation>
    </message>
    <message>
        <source>&quot;Project ended&quot; is recorded by closing the project.</source>
        <translation>«Progetto concluso» si registra chiudendo il progetto.</translation>
    </message>
    <message>
        <source>The enrolment does not exist.</source>
        <translation>L&apos;iscrizione non esiste.</translation>
    </message>
    <message>
        <source>This enrolment ended on %1.</source>
        <translation>Questa iscrizione è terminata il %1.</translation>
    </message>
    <message>
        <source>Someone else changed this enrolment in the meantime. Reload and try again.</source>
        <translation>Qualcun altro ha modificato questa iscrizione nel frattempo. Ricarica e riprova.</translation>
    </message>
    <message>
        <source>The date of leaving cannot come before the date of joining.</source>
        <translation>La data di uscita non può precedere la data di ingresso.</translation>
    </message>
    <message>
        <source>The date of leaving lies outside the project&apos;s period.</source>
        <translation>La data di uscita è fuori dal periodo del progetto.</translation>
    </message>
</context>
<context>
    <name>ProntoInterventoService</name>
    <message>
        <source>The person of this emergency was already identified.</source>
        <translation>La persona di questa emergenza è già stata identificata.</translation>
    </message>
    <message>
        <source>Pronto intervento sociale (%1, %2): %3.</source>
        <translation>Pronto intervento sociale (%1, %2): %3.</translation>
    </message>
    <message>
        <source>Actions taken: %1</source>
        <translation>Interventi effettuati: %1</translation>
    </message>
    <message>
        <source>Urgent placement in a facility.</source>
        <translation>Accoglienza urgente in struttura.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Esito: %1</translation>
    </message>
    <message>
        <source>The emergency was already handed over (case %1).</source>
        <translation>L&apos;emergenza è già stata passata al servizio (cartella %1).</translation>
    </message>
    <message>
        <source>The handover cannot come before the emergency was received.</source>
        <translation>Il passaggio al servizio non può precedere la ricezione dell&apos;emergenza.</translation>
    </message>
    <message>
        <source>The handover cannot be in the future.</source>
        <translation>Il passaggio al servizio non può essere nel futuro.</translation>
    </message>
    <message>
        <source>Identify the person of the emergency before opening a case for them.</source>
        <translation>Identifica la persona dell&apos;emergenza prima di aprirle una cartella.</translation>
    </message>
    <message>
        <source>The handover limit is from 1 to %1 hours.</source>
        <translation>Il limite per il passaggio al servizio va da 1 a %1 ore.</translation>
    </message>
    <message>
        <source>The last month must not come before the first.</source>
        <translation>L&apos;ultimo mese non può precedere il primo.</translation>
    </message>
    <message>
        <source>Give the start of the shift.</source>
        <translation>Indica l&apos;inizio del turno.</translation>
    </message>
    <message>
        <source>Give the end of the shift.</source>
        <translation>Indica la fine del turno.</translation>
    </message>
    <message>
        <source>The end of the shift must come after its start.</source>
        <translation>La fine del turno deve seguire il suo inizio.</translation>
    </message>
    <message numerus="yes">
        <source>A shift lasts at most %n day(s): split a longer one.</source>
        <translation>
            <numerusform>Un turno dura al massimo %n giorno: dividi quelli più lunghi.</numerusform>
            <numerusform>Un turno dura al massimo %n giorni: dividi quelli più lunghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an active worker for the shift.</source>
        <translation>Scegli un operatore attivo per il turno.</translation>
    </message>
    <message>
        <source>A cancelled shift cannot be changed: add a new one.</source>
        <translation>Un turno annullato non si può modificare: aggiungine uno nuovo.</translation>
    </message>
    <message>
        <source>Someone else changed this shift in the meantime. Reload the rota and try again.</source>
        <translation>Qualcun altro ha modificato questo turno nel frattempo. Ricarica i turni e riprova.</translation>
    </message>
    <message>
        <source>The shift was already cancelled.</source>
        <translation>Il turno è già stato annullato.</translation>
    </message>
    <message>
        <source>The shift does not exist.</source>
        <translation>Il turno non esiste.</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>La fine del periodo deve seguire il suo inizio.</translation>
    </message>
    <message>
        <source>Give the time.</source>
        <translation>Indica l&apos;ora.</translation>
    </message>
    <message>
        <source>Give the time the emergency was received.</source>
        <translation>Indica l&apos;ora in cui è arrivata la segnalazione.</translation>
    </message>
    <message>
        <source>An emergency cannot be received in the future.</source>
        <translation>Una segnalazione non può arrivare nel futuro.</translation>
    </message>
    <message>
        <source>Give the Comune where the emergency is.</source>
        <translation>Indica il Comune dell&apos;emergenza.</translation>
    </message>
    <message>
        <source>The Comune is not in the ISTAT list.</source>
        <translation>Il Comune non è nell&apos;elenco ISTAT.</translation>
    </message>
    <message>
        <source>The reporter&apos;s name is too long (at most %1 characters).</source>
        <translation>Il nome di chi segnala è troppo lungo (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>The reporter&apos;s contact is too long (at most %1 characters).</source>
        <translation>Il recapito di chi segnala è troppo lungo (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>The worker activated is missing or no longer active.</source>
        <translation>L&apos;operatore attivato manca o non è più attivo.</translation>
    </message>
    <message>
        <source>Say which worker was activated.</source>
        <translation>Indica quale operatore è stato attivato.</translation>
    </message>
    <message>
        <source>Give the time the worker was activated before their arrival.</source>
        <translation>Indica l&apos;ora di attivazione dell&apos;operatore prima di quella del suo arrivo.</translation>
    </message>
    <message>
        <source>The worker cannot be activated before the emergency was received.</source>
        <translation>L&apos;operatore non può essere attivato prima dell&apos;arrivo della segnalazione.</translation>
    </message>
    <message>
        <source>The worker cannot arrive before being activated.</source>
        <translation>L&apos;operatore non può arrivare prima di essere attivato.</translation>
    </message>
    <message>
        <source>The activation cannot be in the future.</source>
        <translation>L&apos;attivazione non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The arrival cannot be in the future.</source>
        <translation>L&apos;arrivo non può essere nel futuro.</translation>
    </message>
    <message>
        <source>The actions are too long (at most %1 characters).</source>
        <translation>Gli interventi sono troppo lunghi (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>The outcome is too long (at most %1 characters).</source>
        <translation>L&apos;esito è troppo lungo (al massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>The description and the provisional names have at most %1 characters each.</source>
        <translation>La descrizione e i nomi provvisori hanno al massimo %1 caratteri ciascuno.</translation>
    </message>
    <message>
        <source>Describe the person (e.g. &quot;man, about 40&quot;) or give the name they gave, or choose them from the registry.</source>
        <translation>Descrivi la persona (es. &quot;uomo, circa 40 anni&quot;) o indica il nome che ha dato, oppure sceglila dall&apos;anagrafe.</translation>
    </message>
    <message>
        <source>You do not serve this Comune: choose one of yours.</source>
        <translation>Non servi questo Comune: scegline uno dei tuoi.</translation>
    </message>
    <message>
        <source>The emergency cannot be received after it was handed over.</source>
        <translation>La segnalazione non può arrivare dopo il passaggio al servizio.</translation>
    </message>
    <message>
        <source>The emergency does not exist.</source>
        <translation>L&apos;emergenza non esiste.</translation>
    </message>
    <message>
        <source>Someone else changed this emergency in the meantime. Reload it and try again.</source>
        <translation>Qualcun altro ha modificato questa emergenza nel frattempo. Ricaricala e riprova.</translation>
    </message>
    <message>
        <source>The emergency was closed without a handover on %1: %2</source>
        <translation>L&apos;emergenza è stata chiusa senza passaggio al servizio il %1: %2</translation>
    </message>
    <message>
        <source>Say why the territorial service need not take it up (at least %1 characters).</source>
        <translation>Scrivi perché il servizio territoriale non deve prenderla in carico (almeno %1 caratteri).</translation>
    </message>
    <message>
        <source>The reason is at most 2000 characters long.</source>
        <translation>Il motivo può essere lungo al massimo 2000 caratteri.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cartella</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Usage: cartella [--database PATH] [--lang it|en] [--log-level LEVEL]</source>
        <translation>Uso: cartella [--database PATH] [--lang it|en] [--log-level LEVEL]</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transazione era già conclusa.</translation>
    </message>
    <message>
        <source>An inner transaction is still open; nothing was committed.</source>
        <translation>Una transazione interna è ancora aperta; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Il file di database %1 non esiste.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Impossibile aprire il database %1.</translation>
    </message>
    <message>
        <source>%1 is not a Cartella database, or it is damaged.</source>
        <translation>%1 non è un database di Cartella, oppure è danneggiato.</translation>
    </message>
    <message>
        <source>Another user or program is saving to the database right now. Try again in a few seconds; nothing was changed.</source>
        <translation>Un altro utente o programma sta salvando nel database in questo momento. Riprova tra qualche secondo; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The database refused an operation.</source>
        <translation>Il database ha rifiutato un&apos;operazione.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Il database non è aperto.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Dettaglio tecnico: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Cartella (schema %1; this program knows up to %2). Install the newer version to open it; the file was not changed.</source>
        <translation>Questo database è stato scritto da una versione più recente di Cartella (schema %1; questo programma gestisce fino alla versione %2). Per aprirlo, installare la versione più recente; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Migration %1 applied to this database differs from the one in this program: the schema cannot be trusted. The file was not changed; contact support.</source>
        <translation>La migrazione %1 applicata a questo database è diversa da quella contenuta in questo programma: lo schema non è affidabile. Il file non è stato modificato; contattare l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>Impossibile creare la cartella %1 per le copie di sicurezza.</translation>
    </message>
    <message>
        <source>The backup before the update could not be written; nothing was changed.</source>
        <translation>Impossibile scrivere la copia di sicurezza prima dell&apos;aggiornamento; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; it was left as it was.
%2</source>
        <translation>L&apos;aggiornamento del database alla versione %1 dello schema non è riuscito; il database è rimasto invariato.
%2</translation>
    </message>
    <message>
        <source>The database update could not be recorded.</source>
        <translation>Impossibile registrare l&apos;aggiornamento del database.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and retry.</source>
        <translation>Memoria insufficiente per proteggere la password: chiudi altri programmi e riprova.</translation>
    </message>
    <message>
        <source>The data could not be read or written.</source>
        <translation>Non è stato possibile leggere o scrivere i dati.</translation>
    </message>
    <message>
        <source>Someone else changed the project in the meantime.</source>
        <translation>Qualcun altro ha modificato il progetto nel frattempo.</translation>
    </message>
    <message>
        <source>Someone else changed the case in the meantime.</source>
        <translation>Qualcun altro ha modificato la cartella nel frattempo.</translation>
    </message>
    <message>
        <source>The diary entry changed in the meantime.</source>
        <translation>L&apos;annotazione di diario è stata modificata nel frattempo.</translation>
    </message>
    <message>
        <source>Someone else saved the court report in the meantime.</source>
        <translation>Qualcun altro ha salvato la relazione nel frattempo.</translation>
    </message>
    <message>
        <source>Someone else changed the deadline in the meantime.</source>
        <translation>Qualcun altro ha modificato la scadenza nel frattempo.</translation>
    </message>
    <message>
        <source>Someone else changed the record in the meantime.</source>
        <translation>Qualcun altro ha modificato il dato nel frattempo.</translation>
    </message>
    <message>
        <source>The household changed in the meantime.</source>
        <translation>Il nucleo familiare è stato modificato nel frattempo.</translation>
    </message>
    <message>
        <source>Someone else changed the contact in the meantime.</source>
        <translation>Qualcun altro ha modificato il contatto nel frattempo.</translation>
    </message>
    <message>
        <source>Someone else changed this loan in the meantime. Reload it and try again.</source>
        <translation>Qualcun altro ha modificato questo prestito nel frattempo. Ricaricalo e riprova.</translation>
    </message>
    <message>
        <source>Someone else changed the court mandate in the meantime.</source>
        <translation>Qualcun altro ha modificato il mandato nel frattempo.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>La persona non è più presente in archivio.</translation>
    </message>
    <message>
        <source>Someone else saved this person while you were editing (version %1, you started from version %2). Your changes are still in the form: note them, close the form, open the person again to see the other changes, then apply yours.</source>
        <translation>Qualcun altro ha salvato questa persona mentre la modificavi (versione %1; la modifica era partita dalla versione %2). Le tue modifiche sono ancora nel modulo: annotale, chiudi il modulo, riapri la persona per vedere le altre modifiche e poi applica di nuovo le tue.</translation>
    </message>
    <message>
        <source>Someone else saved this person while you were editing.</source>
        <translation>Un altro utente ha salvato i dati di questa persona durante la modifica.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and try again; nothing was changed.</source>
        <translation>Qualcun altro ha modificato questi dati nel frattempo. Ricaricali e riprova; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Someone else changed the user in the meantime.</source>
        <translation>Nel frattempo qualcun altro ha modificato l&apos;utente.</translation>
    </message>
    <message>
        <source>The audit trail could not be read or written.</source>
        <translation>Non è stato possibile leggere o scrivere il registro degli accessi.</translation>
    </message>
    <message>
        <source>record %1 follows record %2: records were deleted or renumbered</source>
        <translation>il record %1 segue il record %2: alcuni record sono stati cancellati o rinumerati</translation>
    </message>
    <message>
        <source>record %1 was edited: its content does not match its hash</source>
        <translation>il record %1 è stato modificato: il contenuto non corrisponde alla sua impronta</translation>
    </message>
    <message>
        <source>record %1 does not continue the chain: a record before it was deleted, inserted or reordered</source>
        <translation>il record %1 non prosegue la catena: un record precedente è stato cancellato, inserito o riordinato</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Give the date as YYYY-MM-DD.</source>
        <translation>Indica la data nel formato YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The date %1 is in the future: only cases already closed can be anonymised.</source>
        <translation>La data %1 è nel futuro: si possono anonimizzare solo cartelle già chiuse.</translation>
    </message>
</context>
<context>
    <name>ServiceExportDialog</name>
    <message>
        <source>Export services</source>
        <translation>Esporta prestazioni</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Co&amp;sa</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;l</translation>
    </message>
    <message>
        <source>Budget &amp;line</source>
        <translation>Capitolo di &amp;bilancio</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>&amp;Comune</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <source>Any Comune</source>
        <translation>Tutti i Comuni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Sc&amp;egli…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Save the problems…</source>
        <translation>Salva i &amp;problemi…</translation>
    </message>
</context>
<context>
    <name>ServiceExportService</name>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>Esportazione annullata: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>The file could not be written (is the disk full?): no file was written.</source>
        <translation>Impossibile scrivere il file (il disco è pieno?): nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestazione</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Comune ISTAT</source>
        <translation>ISTAT del Comune</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>SIUSS area</source>
        <translation>Area SIUSS</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>SIUSS code</source>
        <translation>Codice SIUSS</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Ente erogatore</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nome dell&apos;ente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Ore mensili</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>Importo mensile</translation>
    </message>
    <message>
        <source>Comune share</source>
        <translation>Quota a carico del Comune</translation>
    </message>
    <message>
        <source>User share</source>
        <translation>Quota a carico dell&apos;utente</translation>
    </message>
    <message>
        <source>Health service share</source>
        <translation>Quota a carico del servizio sanitario</translation>
    </message>
    <message>
        <source>Means test</source>
        <translation>Prova dei mezzi</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Capitolo di bilancio</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Data della decisione</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decisa da</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Data del pagamento</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Id della prestazione</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indica il primo e l&apos;ultimo giorno del periodo.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>The area is 1 (families and minors), 2 (disability and dependency) or 3 (poverty and social exclusion).</source>
        <translation>L&apos;area è 1 (famiglia e minori), 2 (disabilità e non autosufficienza) o 3 (povertà ed esclusione sociale).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ISTAT code of a Comune.</source>
        <translation>&quot;%1&quot; non è il codice ISTAT di un Comune.</translation>
    </message>
    <message>
        <source>The office&apos;s SIUSS sender is not set (missing: %1). The zone manager or the system administrator sets it with: cartella-admin --user NAME settings set KEY VALUE.</source>
        <translation>L&apos;ente mittente SIUSS dell&apos;ufficio non è impostato (manca: %1). Il responsabile di zona o l&apos;amministratore di sistema lo imposta con: cartella-admin --user NAME settings set KEY VALUE.</translation>
    </message>
    <message>
        <source>SIUSS names the operator who sends the file by their codice fiscale, and your user has none: the system administrator adds it to your user.</source>
        <translation>Il SIUSS identifica l&apos;operatore che invia il file con il suo codice fiscale, ma il tuo utente non ne ha uno: lo aggiunge l&apos;amministratore di sistema.</translation>
    </message>
    <message>
        <source>Only the zone manager or the system administrator sets the office&apos;s settings.</source>
        <translation>Solo il responsabile di zona o l&apos;amministratore di sistema può modificare le impostazioni dell&apos;ufficio.</translation>
    </message>
    <message>
        <source>The SIUSS sender code has 1 to 32 characters, without spaces.</source>
        <translation>Il codice dell&apos;ente mittente SIUSS ha da 1 a 32 caratteri, senza spazi.</translation>
    </message>
    <message>
        <source>The SIUSS sender name has at most 100 characters.</source>
        <translation>Il nome dell&apos;ente mittente SIUSS può avere al massimo 100 caratteri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the Belfiore code of a current Comune (e.g. H501 for Roma).</source>
        <translation>&quot;%1&quot; non è il codice Belfiore di un Comune esistente (per esempio H501 per Roma).</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; the settings are: %2.</source>
        <translation>L&apos;impostazione &quot;%1&quot; non esiste; le impostazioni sono: %2.</translation>
    </message>
</context>
<context>
    <name>ServiceMonths</name>
    <message>
        <source>Write the month as YYYY-MM, e.g. 2026-03.</source>
        <translation>Scrivi il mese nel formato AAAA-MM, per esempio 2026-03.</translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation>Il mese %1 non è ancora iniziato.</translation>
    </message>
    <message>
        <source>The service starts on %1: %2 comes before it.</source>
        <translation>La prestazione inizia il %1: il mese %2 è precedente.</translation>
    </message>
    <message>
        <source>The service ends on %1: %2 comes after it.</source>
        <translation>La prestazione termina il %1: il mese %2 è successivo.</translation>
    </message>
</context>
<context>
    <name>SiussFile</name>
    <message>
        <source>%1: missing.</source>
        <translation>%1: mancante.</translation>
    </message>
    <message>
        <source>%1: contains characters that cannot be written to the file.</source>
        <translation>%1: contiene caratteri che non si possono scrivere nel file.</translation>
    </message>
    <message>
        <source>%1: %2 characters, more than the %3 SIUSS allows.</source>
        <translation>%1: %2 caratteri, più dei %3 ammessi dal SIUSS.</translation>
    </message>
    <message>
        <source>%1: %2 characters, fewer than the %3 SIUSS requires.</source>
        <translation>%1: %2 caratteri, meno dei %3 richiesti dal SIUSS.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3.</source>
        <translation>%1: &quot;%2&quot; non è %3.</translation>
    </message>
    <message>
        <source>%1: the amount is negative.</source>
        <translation>%1: l&apos;importo è negativo.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is an omocodic code with letters in place of the digits of the birth date, which the SIUSS schema does not accept.</source>
        <translation>%1: &quot;%2&quot; è un codice omocodico, con lettere al posto delle cifre della data di nascita, che lo schema SIUSS non accetta.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a 16-character codice fiscale nor an 11-digit temporary code.</source>
        <translation>%1: &quot;%2&quot; non è né un codice fiscale di 16 caratteri né un codice provvisorio di 11 cifre.</translation>
    </message>
    <message>
        <source>%1: the check character of &quot;%2&quot; is wrong.</source>
        <translation>%1: il carattere di controllo di &quot;%2&quot; è errato.</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Nome del flusso</translation>
    </message>
    <message>
        <source>Sender code</source>
        <translation>Codice dell&apos;ente</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Denominazione dell&apos;ente</translation>
    </message>
    <message>
        <source>Belfiore code of the sender&apos;s seat</source>
        <translation>Codice Belfiore della sede dell&apos;ente</translation>
    </message>
    <message>
        <source>a Belfiore code (e.g. H501)</source>
        <translation>un codice Belfiore (per esempio H501)</translation>
    </message>
    <message>
        <source>Operator&apos;s codice fiscale</source>
        <translation>Codice fiscale dell&apos;operatore</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>Year of birth: %1 is not a four-digit year.</source>
        <translation>Anno di nascita: %1 non è un anno di quattro cifre.</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>a Belfiore code (e.g. H501 or Z112)</source>
        <translation>un codice Belfiore (per esempio H501 o Z112)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Sex: %1 is neither 1 nor 2.</source>
        <translation>Sesso: %1 non è né 1 né 2.</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>an ISO 3166-1 numeric code of three digits</source>
        <translation>un codice numerico ISO 3166-1 di tre cifre</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Stato di residenza</translation>
    </message>
    <message>
        <source>Region of residence</source>
        <translation>Regione di residenza</translation>
    </message>
    <message>
        <source>an ISTAT region code of two digits</source>
        <translation>un codice ISTAT di regione di due cifre</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <source>an ISTAT Comune code of six digits</source>
        <translation>un codice ISTAT di Comune di sei cifre</translation>
    </message>
    <message>
        <source>SIUSS code of the benefit</source>
        <translation>Codice SIUSS della prestazione</translation>
    </message>
    <message>
        <source>Name of the benefit</source>
        <translation>Denominazione della prestazione</translation>
    </message>
    <message>
        <source>Protocol of the application</source>
        <translation>Protocollo della domanda</translation>
    </message>
    <message>
        <source>Means test: %1 is not one of 1 (ISEE), 2 (other), 3 (ISEE-exempt), 4 (none).</source>
        <translation>Prova dei mezzi: %1 non è uno dei valori 1 (ISEE), 2 (altra), 3 (esente ISEE), 4 (nessuna).</translation>
    </message>
    <message>
        <source>Protocol of the DSU (ISEE)</source>
        <translation>Protocollo della DSU (ISEE)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>End date: before the start date.</source>
        <translation>Data di fine: precede la data di inizio.</translation>
    </message>
    <message>
        <source>Date of payment or delivery</source>
        <translation>Data del pagamento o dell&apos;erogazione</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>Importo mensile</translation>
    </message>
    <message>
        <source>Share paid by the Comune</source>
        <translation>Quota a carico del Comune</translation>
    </message>
    <message>
        <source>Share paid by the user</source>
        <translation>Quota a carico dell&apos;utente</translation>
    </message>
    <message>
        <source>Share paid by the health service</source>
        <translation>Quota a carico del servizio sanitario</translation>
    </message>
    <message>
        <source>ISEE threshold</source>
        <translation>Soglia ISEE</translation>
    </message>
    <message>
        <source>Monthly hours: the number is negative.</source>
        <translation>Ore mensili: il numero è negativo.</translation>
    </message>
    <message>
        <source>Area: %1 is not one of 1 (families and minors), 2 (disability), 3 (poverty).</source>
        <translation>Area utenza: %1 non è uno dei valori 1 (famiglia e minori), 2 (disabilità), 3 (povertà).</translation>
    </message>
    <message>
        <source>Codice fiscale: %1 is already in the file for another person.</source>
        <translation>Codice fiscale: %1 è già presente nel file per un&apos;altra persona.</translation>
    </message>
    <message>
        <source>The person has no benefit to send.</source>
        <translation>La persona non ha prestazioni da inviare.</translation>
    </message>
    <message>
        <source>None of the person&apos;s benefits can be sent, so the person is left out.</source>
        <translation>Nessuna prestazione della persona può essere inviata: la persona viene esclusa.</translation>
    </message>
    <message>
        <source>No beneficiary can be sent: the file was not written.</source>
        <translation>Nessun beneficiario può essere inviato: il file non è stato scritto.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database could not be read.</source>
        <translation>Impossibile leggere il database.</translation>
    </message>
    <message>
        <source>The list of Comuni could not be stored.</source>
        <translation>Impossibile salvare l&apos;elenco dei Comuni.</translation>
    </message>
</context>
<context>
    <name>SubjectDataFiles</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>A PDF can only be written by a graphical application.</source>
        <translation>Un PDF può essere scritto solo da un&apos;applicazione grafica.</translation>
    </message>
    <message>
        <source>Personal data processed — access by the data subject</source>
        <translation>Dati personali trattati — accesso dell&apos;interessato</translation>
    </message>
    <message>
        <source>the PDF is empty</source>
        <translation>il PDF è vuoto</translation>
    </message>
    <message>
        <source>Exported on %1.</source>
        <translation>Esportazione del %1.</translation>
    </message>
    <message>
        <source>Registry data</source>
        <translation>Dati anagrafici</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Birth place (code)</source>
        <translation>Luogo di nascita (codice)</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residenza</translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Stato civile</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Titolo di studio</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Condizione lavorativa</translation>
    </message>
    <message>
        <source>Earlier versions of the registry data</source>
        <translation>Versioni precedenti dei dati anagrafici</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Sostituita il</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Modificata da</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessun dato.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Data di ingresso</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Data di uscita</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Chiusa il</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Operatore responsabile</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ritirata</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Project (PAI)</source>
        <translation>Progetto (PAI)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Intake contacts</source>
        <translation>Contatti del segretariato sociale</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Who consulted this file</source>
        <translation>Chi ha consultato questa scheda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>c&apos;è una cartella con quel nome</translation>
    </message>
</context>
<context>
    <name>SubjectRightsService</name>
    <message>
        <source>Opened the person&apos;s file</source>
        <translation>Consultazione della scheda della persona</translation>
    </message>
    <message>
        <source>Registered the person</source>
        <translation>Registrazione della persona</translation>
    </message>
    <message>
        <source>Changed the person&apos;s data</source>
        <translation>Modifica dei dati della persona</translation>
    </message>
    <message>
        <source>Exported the person&apos;s data</source>
        <translation>Esportazione dei dati della persona</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>Consultazione della cartella</translation>
    </message>
    <message>
        <source>Opened a new case</source>
        <translation>Apertura di una nuova cartella</translation>
    </message>
    <message>
        <source>Changed the status of the case</source>
        <translation>Modifica dello stato della cartella</translation>
    </message>
    <message>
        <source>Changed the responsible worker</source>
        <translation>Cambio dell&apos;operatore responsabile</translation>
    </message>
    <message>
        <source>Added a member to the case</source>
        <translation>Aggiunta di un componente alla cartella</translation>
    </message>
    <message>
        <source>Changed the team of the case</source>
        <translation>Modifica dell&apos;équipe della cartella</translation>
    </message>
    <message>
        <source>Changed whether the case is riservato</source>
        <translation>Modifica della riservatezza della cartella</translation>
    </message>
    <message>
        <source>Changed the project (PAI)</source>
        <translation>Modifica del progetto (PAI)</translation>
    </message>
    <message>
        <source>Emergency access to the case</source>
        <translation>Accesso d&apos;emergenza alla cartella</translation>
    </message>
    <message>
        <source>Emergency access reviewed</source>
        <translation>Presa visione dell&apos;accesso d&apos;emergenza</translation>
    </message>
    <message>
        <source>Wrote in the diary</source>
        <translation>Annotazione nel diario</translation>
    </message>
    <message>
        <source>Corrected a diary entry</source>
        <translation>Correzione di un&apos;annotazione di diario</translation>
    </message>
    <message>
        <source>Withdrew a diary entry</source>
        <translation>Ritiro di un&apos;annotazione di diario</translation>
    </message>
    <message>
        <source>Recorded an intake contact</source>
        <translation>Registrazione di un contatto del segretariato sociale</translation>
    </message>
    <message>
        <source>Opened a case from an intake contact</source>
        <translation>Apertura di una cartella da un contatto del segretariato sociale</translation>
    </message>
    <message>
        <source>Choose at least one format for the export.</source>
        <translation>Scegli almeno un formato per l&apos;esportazione.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nuovo utente</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nome &amp;completo</translation>
    </message>
    <message>
        <source>Fiscal &amp;code</source>
        <translation>Codice &amp;fiscale</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <source>C&amp;omuni served</source>
        <translation>Co&amp;muni serviti</translation>
    </message>
    <message>
        <source>ISTAT codes, comma-separated; empty for the whole zone</source>
        <translation>Codici ISTAT separati da virgola; vuoto per tutta la zona</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>Password &amp;provvisoria</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation>R&amp;ipetila</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not specified</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Celibe/nubile</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Coniugato/a</translation>
    </message>
    <message>
        <source>Civil union</source>
        <translation>Unito/a civilmente</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separato/a</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorziato/a</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Vedovo/a</translation>
    </message>
    <message>
        <source>No formal education</source>
        <translation>Nessun titolo</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Licenza elementare</translation>
    </message>
    <message>
        <source>Lower secondary school</source>
        <translation>Licenza media</translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation>Qualifica professionale</translation>
    </message>
    <message>
        <source>Upper secondary diploma</source>
        <translation>Diploma di scuola superiore</translation>
    </message>
    <message>
        <source>University degree</source>
        <translation>Laurea</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Occupato/a</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Disoccupato/a</translation>
    </message>
    <message>
        <source>Looking for a first job</source>
        <translation>In cerca di prima occupazione</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studente/studentessa</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensionato/a</translation>
    </message>
    <message>
        <source>Homemaker</source>
        <translation>Casalingo/a</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>Inabile al lavoro</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Family and minors</source>
        <translation>Famiglia e minori</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabili</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Anziani</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigrazione</translation>
    </message>
    <message>
        <source>Social hardship / adults</source>
        <translation>Disagio sociale / adulti</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Taken in charge</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Obiettivi raggiunti</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Decesso</translation>
    </message>
    <message>
        <source>Withdrawn by the person</source>
        <translation>Rinuncia</translation>
    </message>
    <message>
        <source>Untraceable</source>
        <translation>Irreperibilità</translation>
    </message>
    <message>
        <source>Spontaneous</source>
        <translation>Spontanea</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familiare</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>Hospital / health services</source>
        <translation>Ospedale / servizi sanitari</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Forze dell&apos;ordine</translation>
    </message>
    <message>
        <source>Judicial authority</source>
        <translation>Autorità giudiziaria</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Altro servizio</translation>
    </message>
    <message>
        <source>Third sector</source>
        <translation>Terzo settore</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Principal beneficiary</source>
        <translation>Beneficiario principale</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minore</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familiare</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita domiciliare</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Riunione d&apos;équipe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reference person</source>
        <translation>Persona di riferimento</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Coniuge</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Convivente</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Figlio/a</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Fratello/sorella</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Nonno/a</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutore</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>Affidatario/a</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Cartella aperta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Operatore responsabile</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Persona aggiunta</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Referral by another service</source>
        <translation>Segnalazione di altro servizio</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informazioni date</translation>
    </message>
    <message>
        <source>Referred to another service</source>
        <translation>Invio ad altro servizio</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Inserita a mano</translation>
    </message>
    <message>
        <source>Project action</source>
        <translation>Azione del progetto</translation>
    </message>
    <message>
        <source>Project review</source>
        <translation>Verifica del progetto</translation>
    </message>
    <message>
        <source>Planned end of the project</source>
        <translation>Fine prevista del progetto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistente sociale</translation>
    </message>
    <message>
        <source>Zone manager</source>
        <translation>Responsabile di zona</translation>
    </message>
    <message>
        <source>Administrative officer</source>
        <translation>Operatore amministrativo</translation>
    </message>
    <message>
        <source>Educator / psychologist</source>
        <translation>Educatore / psicologo</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Amministratore di sistema</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Riservatezza</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accesso d&apos;emergenza</translation>
    </message>
    <message>
        <source>Being repaid</source>
        <translation>In restituzione</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Restituito</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Stralciato</translation>
    </message>
    <message>
        <source>Honour loan</source>
        <translation>Prestito sull&apos;onore</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Economic aid</source>
        <translation>Contributo economico</translation>
    </message>
    <message>
        <source>Social inclusion path (PIS)</source>
        <translation>Percorso di inclusione sociale (PIS)</translation>
    </message>
    <message>
        <source>Work placement</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Struttura</translation>
    </message>
    <message>
        <source>From the case</source>
        <translation>Dalla cartella</translation>
    </message>
    <message>
        <source>Families and minors</source>
        <translation>Famiglia e minori</translation>
    </message>
    <message>
        <source>Disability and dependency</source>
        <translation>Disabilità e non autosufficienza</translation>
    </message>
    <message>
        <source>Poverty and social exclusion</source>
        <translation>Povertà ed esclusione sociale</translation>
    </message>
    <message>
        <source>ISEE</source>
        <translation>ISEE</translation>
    </message>
    <message>
        <source>Other means test</source>
        <translation>Altra prova dei mezzi</translation>
    </message>
    <message>
        <source>Exempt from ISEE</source>
        <translation>Esente ISEE</translation>
    </message>
    <message>
        <source>No means test</source>
        <translation>Nessuna prova dei mezzi</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusa</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperativa</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Altro ente</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Stanziamento</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Liquidazione</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Svincolo</translation>
    </message>
    <message>
        <source>Authorised overspend</source>
        <translation>Sforamento autorizzato</translation>
    </message>
    <message>
        <source>Loan write-off</source>
        <translation>Stralcio di prestito</translation>
    </message>
    <message>
        <source>Juvenile court (Tribunale per i Minorenni)</source>
        <translation>Tribunale per i Minorenni</translation>
    </message>
    <message>
        <source>Public prosecutor at the juvenile court</source>
        <translation>Procura della Repubblica presso il Tribunale per i Minorenni</translation>
    </message>
    <message>
        <source>Guardianship judge (Giudice Tutelare)</source>
        <translation>Giudice Tutelare</translation>
    </message>
    <message>
        <source>Ordinary court (Tribunale Ordinario)</source>
        <translation>Tribunale Ordinario</translation>
    </message>
    <message>
        <source>Custody to the social service</source>
        <translation>Affidamento al servizio sociale</translation>
    </message>
    <message>
        <source>Placement in a community</source>
        <translation>Collocamento in comunità</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>Affido familiare</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Vigilanza</translation>
    </message>
    <message>
        <source>Parental responsibility limited</source>
        <translation>Limitazione della responsabilità genitoriale</translation>
    </message>
    <message>
        <source>Parental responsibility suspended</source>
        <translation>Sospensione della responsabilità genitoriale</translation>
    </message>
    <message>
        <source>Loss of parental responsibility</source>
        <translation>Decadenza dalla responsabilità genitoriale</translation>
    </message>
    <message>
        <source>Emergency removal (art. 403 c.c.)</source>
        <translation>Allontanamento d&apos;urgenza (art. 403 c.c.)</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Altro provvedimento</translation>
    </message>
    <message>
        <source>Psycho-social assessment</source>
        <translation>Indagine psico-sociale</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Osservazione</translation>
    </message>
    <message>
        <source>Diagnostic or therapeutic path</source>
        <translation>Percorso diagnostico/terapeutico</translation>
    </message>
    <message>
        <source>Individual education plan</source>
        <translation>Progetto educativo individualizzato</translation>
    </message>
    <message>
        <source>Probation (messa alla prova)</source>
        <translation>Messa alla prova</translation>
    </message>
    <message>
        <source>Network work</source>
        <translation>Lavoro di rete</translation>
    </message>
    <message>
        <source>Monitoring and evaluation</source>
        <translation>Monitoraggio e valutazione</translation>
    </message>
    <message>
        <source>Periodic report to the authority</source>
        <translation>Relazione periodica all&apos;autorità</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Positive: offence extinguished</source>
        <translation>Positivo: reato estinto</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Court mandate</source>
        <translation>Mandato dell&apos;autorità giudiziaria</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail or PEC</source>
        <translation>E-mail o PEC</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Altro canale</translation>
    </message>
    <message>
        <source>Emergency department</source>
        <translation>Pronto soccorso</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Other reporter</source>
        <translation>Altro segnalante</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Minore non accompagnato</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violenza</translation>
    </message>
    <message>
        <source>Homeless person</source>
        <translation>Persona senza dimora</translation>
    </message>
    <message>
        <source>Elderly person alone</source>
        <translation>Anziano solo</translation>
    </message>
    <message>
        <source>Other emergency</source>
        <translation>Altra emergenza</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>Differibile</translation>
    </message>
    <message>
        <source>Court report</source>
        <translation>Relazione all&apos;autorità giudiziaria</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residenziale</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>Diurno</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergenza</translation>
    </message>
    <message>
        <source>Mother and child</source>
        <translation>Mamma-bambino</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Non ancora valutata</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Idonea</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Non idonea</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Affidatario/a</translation>
    </message>
    <message>
        <source>Child of the family</source>
        <translation>Figlio/a della famiglia</translation>
    </message>
    <message>
        <source>Consensual (Giudice Tutelare)</source>
        <translation>Consensuale (Giudice Tutelare)</translation>
    </message>
    <message>
        <source>Judicial (Tribunale per i Minorenni)</source>
        <translation>Giudiziale (Tribunale per i Minorenni)</translation>
    </message>
    <message>
        <source>With relatives</source>
        <translation>Intrafamiliare (presso parenti)</translation>
    </message>
    <message>
        <source>With another family</source>
        <translation>Eterofamiliare</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Tempo pieno</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diurno</translation>
    </message>
    <message>
        <source>Residence of the family of origin</source>
        <translation>Residenza della famiglia d&apos;origine</translation>
    </message>
    <message>
        <source>Domicile of the family of origin</source>
        <translation>Domicilio della famiglia d&apos;origine</translation>
    </message>
    <message>
        <source>Phone of the family of origin</source>
        <translation>Telefono della famiglia d&apos;origine</translation>
    </message>
    <message>
        <source>E-mail of the family of origin</source>
        <translation>E-mail della famiglia d&apos;origine</translation>
    </message>
    <message>
        <source>The child&apos;s residence</source>
        <translation>Residenza del minore</translation>
    </message>
    <message>
        <source>The child&apos;s domicile</source>
        <translation>Domicilio del minore</translation>
    </message>
    <message>
        <source>Term of a foster placement</source>
        <translation>Termine di un affidamento familiare</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psicologo</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Altro ruolo</translation>
    </message>
    <message>
        <source>Path completed</source>
        <translation>Percorso concluso</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Rinuncia</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Trasferimento di residenza</translation>
    </message>
    <message>
        <source>Transferred to another service</source>
        <translation>Passaggio ad altro servizio</translation>
    </message>
    <message>
        <source>Project ended</source>
        <translation>Progetto concluso</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Altro motivo</translation>
    </message>
</context>
<context>
    <name>WorkPlacementDialog</name>
    <message>
        <source>Tirocinio</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <source>&amp;Host organisation</source>
        <translation>&amp;Soggetto ospitante</translation>
    </message>
    <message>
        <source>&amp;Tutor</source>
        <translation>&amp;Tutor</translation>
    </message>
    <message>
        <source>&amp;Insurance policy</source>
        <translation>Polizza &amp;assicurativa</translation>
    </message>
    <message>
        <source>e.g. INAIL and third-party liability policy numbers</source>
        <translation>per esempio numero di posizione INAIL e numero di polizza di responsabilità civile verso terzi</translation>
    </message>
    <message>
        <source>Hours per &amp;week</source>
        <translation>&amp;Ore settimanali</translation>
    </message>
    <message>
        <source>Monthly &amp;reimbursement (€)</source>
        <translation>&amp;Rimborso spese mensile (€)</translation>
    </message>
    <message>
        <source>e.g. 500,00</source>
        <translation>es. 500,00</translation>
    </message>
    <message>
        <source>&amp;Set up the tirocinio</source>
        <translation>&amp;Imposta il tirocinio</translation>
    </message>
    <message>
        <source>&amp;Pay month…</source>
        <translation>&amp;Paga una mensilità…</translation>
    </message>
</context>
<context>
    <name>WorkPlacementService</name>
    <message>
        <source>This service is not a tirocinio.</source>
        <translation>Questa prestazione non è un tirocinio.</translation>
    </message>
    <message>
        <source>This tirocinio has not been set up yet.</source>
        <translation>Questo tirocinio non è ancora stato impostato.</translation>
    </message>
    <message>
        <source>Give the host organisation.</source>
        <translation>Indica il soggetto ospitante.</translation>
    </message>
    <message>
        <source>The host organisation is too long (at most 200 characters).</source>
        <translation>Il nome del soggetto ospitante è troppo lungo (massimo 200 caratteri).</translation>
    </message>
    <message>
        <source>The tutor&apos;s name is too long (at most 200 characters).</source>
        <translation>Il nome del tutor è troppo lungo (massimo 200 caratteri).</translation>
    </message>
    <message>
        <source>The insurance policy is too long (at most 100 characters).</source>
        <translation>La polizza assicurativa è troppo lunga (massimo 100 caratteri).</translation>
    </message>
    <message>
        <source>The hours per week go from 1 to 60.</source>
        <translation>Le ore settimanali vanno da 1 a 60.</translation>
    </message>
    <message>
        <source>Give the monthly reimbursement.</source>
        <translation>Indica il rimborso spese mensile.</translation>
    </message>
    <message>
        <source>A tirocinio is set up while it is requested or approved, before it starts.</source>
        <translation>Un tirocinio si imposta quando è richiesto o approvato, prima che inizi.</translation>
    </message>
    <message>
        <source>This tirocinio is set up already.</source>
        <translation>Questo tirocinio è già impostato.</translation>
    </message>
    <message>
        <source>The monthly reimbursement (%1) is above the monthly amount of the service (%2).</source>
        <translation>Il rimborso spese mensile (%1) supera l&apos;importo mensile della prestazione (%2).</translation>
    </message>
    <message>
        <source>%1 was paid already, on %2.</source>
        <translation>Il mese %1 è già stato pagato il %2.</translation>
    </message>
    <message>
        <source>Paid already.</source>
        <translation>Già pagato.</translation>
    </message>
    <message>
        <source>The payment for %1 cannot come before the month.</source>
        <translation>Il pagamento del mese %1 non può essere anteriore al mese stesso.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::AccessReportDialog</name>
    <message>
        <source>casework</source>
        <translation>intervento sociale</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>amministrazione</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>manutenzione</translation>
    </message>
    <message>
        <source>emergency access</source>
        <translation>accesso d&apos;emergenza</translation>
    </message>
    <message>
        <source>Who consulted this file — %1</source>
        <translation>Chi ha consultato questa scheda — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) about %1, their cases and intake contacts; newest first, times in local time.</source>
        <translation>
            <numerusform>%n record riguardante %1, le sue cartelle e i suoi contatti del segretariato sociale; dal più recente, orari in ora locale.</numerusform>
            <numerusform>%n record riguardanti %1, le sue cartelle e i suoi contatti del segretariato sociale; dal più recente, orari in ora locale.</numerusform>
        </translation>
    </message>
    <message>
        <source>retention</source>
        <translation>conservazione</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>dati dimostrativi</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ApprovalDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>There is no budget line for this year: a line must be created on the Budget page first.</source>
        <translation>Non c&apos;è alcun capitolo di bilancio per quest&apos;anno: prima bisogna crearne uno nella pagina Bilancio.</translation>
    </message>
    <message>
        <source>This service moves no money on the budget.</source>
        <translation>Questa prestazione non comporta movimenti sul bilancio.</translation>
    </message>
    <message>
        <source>The line is %1 short of this benefit.</source>
        <translation>Al capitolo mancano %1 per coprire questa prestazione.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Write the amount in euro, e.g. 1.250,00 or 80,5.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 1.250,00 o 80,5.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::AttendanceDialog</name>
    <message>
        <source>Office rule: the whole subsidy from %1 % of the planned hours attended, nothing below %2 %, in proportion in between.</source>
        <translation>Regola dell&apos;ufficio: contributo intero con una presenza di almeno il %1 % delle ore previste, nessun contributo sotto il %2 %, in proporzione tra le due soglie.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Every month up to now is recorded.</source>
        <translation>Tutti i mesi fino a oggi sono già registrati.</translation>
    </message>
    <message>
        <source>Give the hours planned for the month.</source>
        <translation>Indica le ore previste per il mese.</translation>
    </message>
    <message>
        <source>The hours attended cannot exceed the hours planned.</source>
        <translation>Le ore di presenza non possono superare le ore previste.</translation>
    </message>
    <message>
        <source>%1 attended: the whole subsidy, %2.</source>
        <translation>Presenza del %1: contributo intero, %2.</translation>
    </message>
    <message>
        <source>%1 attended, below the minimum of %2 %: no subsidy for this month.</source>
        <translation>Presenza del %1, sotto il minimo del %2 %: nessun contributo per questo mese.</translation>
    </message>
    <message>
        <source>%1 attended: %2 of %3, in proportion to the hours attended.</source>
        <translation>Presenza del %1: %2 su %3, in proporzione alle ore di presenza.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::AttendanceRuleDialog</name>
    <message>
        <source>The whole subsidy cannot start below the minimum.</source>
        <translation>La soglia del contributo intero non può essere inferiore al minimo.</translation>
    </message>
    <message>
        <source>For example, with a subsidy of %1 and 40 hours planned: 38 hours attended give %2, 30 hours give %3, 19 hours give %4.</source>
        <translation>Per esempio, con un contributo di %1 e 40 ore previste: 38 ore di presenza danno %2, 30 ore danno %3, 19 ore danno %4.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::BreakGlassDialog</name>
    <message>
        <source>Use this only in an emergency, for a case you cannot see: a restricted case or another team&apos;s. Your access, the time and your reason are kept for good, written in the case history, and shown to the case&apos;s responsible worker and to the zone manager. The access ends after %1 hours.</source>
        <translation>Usa questa funzione solo in caso di emergenza, per una cartella che non puoi vedere: una cartella riservata o di un&apos;altra équipe. Il tuo accesso, l&apos;ora e il motivo vengono conservati in modo permanente, registrati nello storico della cartella e mostrati all&apos;operatore responsabile della cartella e al responsabile di zona. L&apos;accesso termina dopo %1 ore.</translation>
    </message>
    <message>
        <source>&amp;Open in emergency</source>
        <translation>Apri in &amp;emergenza</translation>
    </message>
</context>
<context>
    <name>cartella::gui::BudgetChangeDialog</name>
    <message>
        <source>Change the allocation</source>
        <translation>Variazione dello stanziamento</translation>
    </message>
    <message>
        <source>Authorise spending beyond the allocation</source>
        <translation>Autorizza la spesa oltre lo stanziamento</translation>
    </message>
    <message>
        <source>Line %1 — %2, %3</source>
        <translation>Capitolo %1 — %2, %3</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Aumento</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Riduzione</translation>
    </message>
    <message>
        <source>Why the allocation changes</source>
        <translation>Perché cambia lo stanziamento</translation>
    </message>
    <message>
        <source>Why the line may go beyond its allocation (at least 10 characters)</source>
        <translation>Perché il capitolo può andare oltre lo stanziamento (almeno 10 caratteri)</translation>
    </message>
    <message>
        <source>&amp;Record variation</source>
        <translation>&amp;Registra la variazione</translation>
    </message>
    <message>
        <source>A&amp;uthorise</source>
        <translation>A&amp;utorizza</translation>
    </message>
    <message>
        <source>Write the amount in euro, e.g. 1.250,00 or 80,5.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 1.250,00 o 80,5.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::BudgetLineDialog</name>
    <message>
        <source>&amp;Create line</source>
        <translation>C&amp;rea il capitolo</translation>
    </message>
    <message>
        <source>Write the amount in euro, e.g. 1.250,00 or 80,5.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 1.250,00 o 80,5.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::BudgetLineModel</name>
    <message>
        <source>%1 beyond</source>
        <translation>%1 oltre lo stanziamento</translation>
    </message>
    <message>
        <source>The line is %1 beyond its allocation, within the %2 the zone manager authorised.</source>
        <translation>Il capitolo è %1 oltre lo stanziamento, entro i %2 autorizzati dal responsabile di zona.</translation>
    </message>
    <message>
        <source>Allocation less committed and paid</source>
        <translation>Stanziamento meno impegnato e liquidato</translation>
    </message>
    <message>
        <source>Spending beyond the allocation authorised by the zone manager</source>
        <translation>Spesa oltre lo stanziamento autorizzata dal responsabile di zona</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Capitolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Stanziamento</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Liquidato</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>%1 (assistance line)</source>
        <translation>%1 (capitolo di assistenza)</translation>
    </message>
    <message>
        <source>%1
Assistance line: it bears the unrecovered remainder of honour loans written off</source>
        <translation>%1
Capitolo di assistenza: sostiene il residuo non recuperato dei prestiti sull&apos;onore stralciati</translation>
    </message>
    <message>
        <source>Authorised beyond</source>
        <translation>Autorizzato oltre</translation>
    </message>
</context>
<context>
    <name>cartella::gui::BudgetMovementModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N. %1</translation>
    </message>
    <message>
        <source>Recorded on %1 (UTC)</source>
        <translation>Registrato il %1 (UTC)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestazione</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Atto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
</context>
<context>
    <name>cartella::gui::BudgetPage</name>
    <message>
        <source>&amp;New line…</source>
        <translation>&amp;Nuovo capitolo…</translation>
    </message>
    <message>
        <source>Change a&amp;llocation…</source>
        <translation>Varia lo s&amp;tanziamento…</translation>
    </message>
    <message>
        <source>Authorise &amp;overspend…</source>
        <translation>Autorizza lo s&amp;foramento…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nno:</translation>
    </message>
    <message>
        <source>No budget line for %1.</source>
        <translation>Nessun capitolo per il %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in %1: allocation %2 · committed %3 · paid %4 · available %5</source>
        <translation>
            <numerusform>%n capitolo nel %1: stanziamento %2 · impegnato %3 · liquidato %4 · disponibile %5</numerusform>
            <numerusform>%n capitoli nel %1: stanziamento %2 · impegnato %3 · liquidato %4 · disponibile %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a line to see its movements.</source>
        <translation>Scegli un capitolo per vederne i movimenti.</translation>
    </message>
    <message>
        <source>Movements of line %1, the latest %2:</source>
        <translation>Movimenti del capitolo %1, gli ultimi %2:</translation>
    </message>
    <message numerus="yes">
        <source>Movements of line %1 (%n):</source>
        <translation>
            <numerusform>Movimenti del capitolo %1 (%n):</numerusform>
            <numerusform>Movimenti del capitolo %1 (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget line %1 created.</source>
        <translation>Capitolo %1 creato.</translation>
    </message>
    <message>
        <source>The allocation of line %1 has changed.</source>
        <translation>Lo stanziamento del capitolo %1 è cambiato.</translation>
    </message>
    <message>
        <source>Spending beyond the allocation of line %1 authorised.</source>
        <translation>Spesa oltre lo stanziamento del capitolo %1 autorizzata.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CarePlanPanel</name>
    <message>
        <source>Held on</source>
        <translation>Svolta il</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima verifica</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Registrata da</translation>
    </message>
    <message>
        <source>Write the planned end as dd/mm/yyyy, or leave it empty.</source>
        <translation>Scrivi la fine prevista come gg/mm/aaaa, oppure lascia il campo vuoto.</translation>
    </message>
    <message>
        <source>Planned end saved.</source>
        <translation>Fine prevista salvata.</translation>
    </message>
    <message>
        <source>Objective added.</source>
        <translation>Obiettivo aggiunto.</translation>
    </message>
    <message>
        <source>Objective updated.</source>
        <translation>Obiettivo aggiornato.</translation>
    </message>
    <message>
        <source>Select an objective first.</source>
        <translation>Seleziona prima un obiettivo.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy, or leave it empty.</source>
        <translation>Scrivi la data come gg/mm/aaaa, oppure lascia il campo vuoto.</translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation>Azione aggiunta.</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Seleziona prima un&apos;azione.</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>Azione salvata.</translation>
    </message>
    <message>
        <source>Write the dates as dd/mm/yyyy.</source>
        <translation>Scrivi le date come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>Verifica registrata.</translation>
    </message>
    <message>
        <source>Their changes are shown now; what you typed is still in the boxes.</source>
        <translation>Ora vedi le sue modifiche; quello che hai scritto è ancora nei campi.</translation>
    </message>
    <message>
        <source>The stored planned end is %1.</source>
        <translation>La fine prevista registrata è %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CaseAccessBar</name>
    <message>
        <source>Emergency access: you are reading this case because of the reason you gave. The access is in the case history and the audit trail, and its responsible worker and the zone manager will see it. It ends after %1 hours.</source>
        <translation>Accesso d&apos;emergenza: stai consultando questa cartella per il motivo che hai indicato. L&apos;accesso è registrato nello storico della cartella e nel registro degli accessi, e lo vedranno l&apos;operatore responsabile e il responsabile di zona. Termina dopo %1 ore.</translation>
    </message>
    <message>
        <source>Emergency access by %1 on %2 at %3. Reason: %4</source>
        <translation>Accesso d&apos;emergenza di %1 il %2 alle %3. Motivo: %4</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (e %n altro)</numerusform>
            <numerusform> (e altri %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restricted case: only its team and the zone manager see it.</source>
        <translation>Cartella riservata: la vedono solo la sua équipe e il responsabile di zona.</translation>
    </message>
    <message>
        <source>Lift the &amp;restriction…</source>
        <translation>R&amp;evoca la riservatezza…</translation>
    </message>
    <message>
        <source>Mark as &amp;restricted</source>
        <translation>S&amp;egna come riservata</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Revoca la riservatezza</translation>
    </message>
    <message>
        <source>Why may every worker of the zone see this case from now on?</source>
        <translation>Perché da ora in poi tutti gli operatori della zona possono vedere questa cartella?</translation>
    </message>
    <message>
        <source>The case is now restricted.</source>
        <translation>Ora la cartella è riservata.</translation>
    </message>
    <message>
        <source>The restriction was lifted.</source>
        <translation>La riservatezza è stata revocata.</translation>
    </message>
    <message>
        <source>Emergency access acknowledged.</source>
        <translation>Presa visione dell&apos;accesso d&apos;emergenza registrata.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CaseDeadlinesPanel</name>
    <message>
        <source>Due</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1 il %2 da %3</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Deadline added.</source>
        <translation>Scadenza aggiunta.</translation>
    </message>
    <message>
        <source>Select a deadline first.</source>
        <translation>Seleziona prima una scadenza.</translation>
    </message>
    <message>
        <source>Deadline done.</source>
        <translation>Scadenza segnata come fatta.</translation>
    </message>
    <message>
        <source>Deadline cancelled.</source>
        <translation>Scadenza annullata.</translation>
    </message>
    <message>
        <source>Past its date</source>
        <translation>Scaduta</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Principal beneficiary</source>
        <translation>Beneficiario principale</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Operatore responsabile</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aperta il</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) past their date</source>
        <translation>
            <numerusform>%n scadenza superata</numerusform>
            <numerusform>%n scadenze superate</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CaseMembersPanel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add a person to case %1</source>
        <translation>Aggiungi una persona alla cartella %1</translation>
    </message>
    <message>
        <source>Person added to the case.</source>
        <translation>Persona aggiunta alla cartella.</translation>
    </message>
    <message>
        <source>Team saved.</source>
        <translation>Équipe salvata.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CaseWindow</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Da → a</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Cartella %1</translation>
    </message>
    <message>
        <source>Reopen (%1)</source>
        <translation>Riapri (%1)</translation>
    </message>
    <message>
        <source>(corrected, version %1)</source>
        <translation>(corretta, versione %1)</translation>
    </message>
    <message>
        <source>[WITHDRAWN]</source>
        <translation>[RITIRATA]</translation>
    </message>
    <message>
        <source>Diary (%1)</source>
        <translation>Diario (%1)</translation>
    </message>
    <message>
        <source>%1 of %2, written by %3</source>
        <translation>%1 del %2, scritta da %3</translation>
    </message>
    <message>
        <source>Withdrawn on %1 by %2: %3</source>
        <translation>Ritirata il %1 da %2: %3</translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Versione %1, %2, %3</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versioni precedenti</translation>
    </message>
    <message>
        <source>No earlier versions</source>
        <translation>Nessuna versione precedente</translation>
    </message>
    <message>
        <source>The entry date is not a date: write it as dd/mm/yyyy.</source>
        <translation>La data dell&apos;annotazione non è valida: scrivila come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Entry added to the diary.</source>
        <translation>Annotazione aggiunta al diario.</translation>
    </message>
    <message>
        <source>Correction saved as version %1; the earlier text is kept.</source>
        <translation>Correzione salvata come versione %1; il testo precedente resta conservato.</translation>
    </message>
    <message>
        <source>Withdraw entry</source>
        <translation>Ritira annotazione</translation>
    </message>
    <message>
        <source>Why is this entry withdrawn? It stays in the diary, marked as withdrawn.</source>
        <translation>Perché ritiri questa annotazione? Resterà nel diario, segnata come ritirata.</translation>
    </message>
    <message>
        <source>Entry withdrawn; it stays in the diary.</source>
        <translation>Annotazione ritirata; resta nel diario.</translation>
    </message>
    <message>
        <source>Status changed to &quot;%1&quot;.</source>
        <translation>Stato cambiato in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>Correzione non salvata</translation>
    </message>
    <message>
        <source>The correction typed in the editor has not been saved. Discard it?</source>
        <translation>La correzione scritta nell&apos;editor non è stata salvata. Vuoi scartarla?</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Ricaricato.</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(attuale)</translation>
    </message>
    <message>
        <source>All versions, the current one included</source>
        <translation>Tutte le versioni, compresa quella attuale</translation>
    </message>
    <message>
        <source>People and household</source>
        <translation>Persone e nucleo familiare</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <source>Services and aid</source>
        <translation>Servizi e contributi</translation>
    </message>
    <message>
        <source>Request sent: it waits for the zone manager&apos;s approval.</source>
        <translation>Richiesta inviata: è in attesa dell&apos;approvazione del responsabile di zona.</translation>
    </message>
    <message>
        <source>Court mandates</source>
        <translation>Mandati giudiziari</translation>
    </message>
    <message>
        <source>Court re&amp;port…</source>
        <translation>Relazione all&apos;autorità &amp;giudiziaria…</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, dal %2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Case number or a member&apos;s name</source>
        <translation>Numero di cartella o nome di un componente</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Tutte le aree</translation>
    </message>
    <message>
        <source>Any worker</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <source>Any Comune</source>
        <translation>Tutti i Comuni</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cartella</numerusform>
            <numerusform>%n cartelle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartella::gui::CatalogueDialog</name>
    <message>
        <source>The SIUSS area utenza. &quot;From the case&quot; lets the case&apos;s area decide.</source>
        <translation>L&apos;area utenza SIUSS. «Dalla cartella» usa l&apos;area della cartella.</translation>
    </message>
    <message>
        <source>A case that receives this service becomes riservato: only its team and the zone manager see it.</source>
        <translation>Una cartella che riceve questo servizio diventa riservata: la vedono solo la sua équipe e il responsabile di zona.</translation>
    </message>
    <message>
        <source>A new catalogue entry (Ctrl+N)</source>
        <translation>Una nuova voce del catalogo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+S)</source>
        <translation>Salva la voce (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) listed</source>
        <translation>
            <numerusform>%n voce elencata</numerusform>
            <numerusform>%n voci elencate</numerusform>
        </translation>
    </message>
    <message>
        <source>The kind is fixed once the entry exists.</source>
        <translation>Il tipo non cambia più dopo che la voce è stata creata.</translation>
    </message>
    <message>
        <source>An aid is refused to a person whose ISEE is above it.</source>
        <translation>Il contributo è respinto a chi ha un ISEE superiore.</translation>
    </message>
    <message>
        <source>Only with the ISEE as the means test.</source>
        <translation>Solo con l&apos;ISEE come prova dei mezzi.</translation>
    </message>
    <message>
        <source>New entry. Its code is made from the name when it is saved.</source>
        <translation>Nuova voce. Il suo codice viene ricavato dal nome al salvataggio.</translation>
    </message>
    <message>
        <source>Code %1 · retired on %2, no longer offered for new requests · version %3</source>
        <translation>Codice %1 · dismessa il %2, non più proposta per nuove richieste · versione %3</translation>
    </message>
    <message>
        <source>Code %1 · in use · version %2</source>
        <translation>Codice %1 · in uso · versione %2</translation>
    </message>
    <message>
        <source>Write the ISEE threshold in euro, e.g. 9.000,00, or leave it empty.</source>
        <translation>Scrivi la soglia ISEE in euro, es. 9.000,00, oppure lasciala vuota.</translation>
    </message>
    <message>
        <source>“%1” added to the catalogue.</source>
        <translation>«%1» aggiunta al catalogo.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifiche salvate.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificato da un&apos;altra persona</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else while you were editing it. Whichever you choose, the earlier version stays in the catalogue&apos;s history.</source>
        <translation>«%1» è stata modificata da un&apos;altra persona mentre la modificavi. Qualunque cosa tu scelga, la versione precedente resta nella storia del catalogo.</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Salva la mia sopra la sua</translation>
    </message>
    <message>
        <source>Show theirs (drop what I typed)</source>
        <translation>Mostra la sua (scarta quello che ho scritto)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>Showing the version saved meanwhile.</source>
        <translation>È mostrata la versione salvata nel frattempo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation>Le modifiche a «%1» non sono salvate.</translation>
    </message>
    <message>
        <source>The new entry is not saved.</source>
        <translation>La nuova voce non è salvata.</translation>
    </message>
    <message>
        <source>Retire entry</source>
        <translation>Ritira la voce</translation>
    </message>
    <message>
        <source>“%1” will no longer be offered for new requests; its deliveries and its history stay.

Retired from (dd/mm/yyyy):</source>
        <translation>«%1» non sarà più proposta per nuove richieste; le sue prestazioni e la sua storia restano.

Dismessa dal (gg/mm/aaaa):</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy, e.g. %1.</source>
        <translation>Scrivi la data come gg/mm/aaaa, es. %1.</translation>
    </message>
    <message>
        <source>“%1” is retired from %2 and no longer offered for new requests.</source>
        <translation>«%1» è dismessa dal %2 e non è più proposta per nuove richieste.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>«%1» è di nuovo in uso.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CatalogueModel</name>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1 (dismessa il %2)</translation>
    </message>
    <message>
        <source>No SIUSS code: not known</source>
        <translation>Nessun codice SIUSS: non noto</translation>
    </message>
    <message>
        <source>%1
Retired on %2: no longer offered for new requests</source>
        <translation>%1
Dismessa il %2: non più proposta per nuove richieste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SIUSS code</source>
        <translation>Codice SIUSS</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ChangePasswordDialog</name>
    <message>
        <source>Your password was set by an administrator: choose your own to go on.</source>
        <translation>La tua password è stata impostata da un amministratore: scegline una tua per proseguire.</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Scegli una nuova password per %1.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Le due nuove password sono diverse.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::CourtReportDialog</name>
    <message>
        <source>Court report — case %1</source>
        <translation>Relazione all&apos;autorità giudiziaria — cartella %1</translation>
    </message>
    <message>
        <source>(no court mandate)</source>
        <translation>(nessun mandato)</translation>
    </message>
    <message>
        <source>%1: decree %2 of %3</source>
        <translation>%1: decreto %2 del %3</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(ritirata)</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nuova relazione</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versione %2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation>Sostituire il testo?</translation>
    </message>
    <message>
        <source>The draft replaces the text in the editor. Replace it?</source>
        <translation>La bozza sostituisce il testo nell&apos;editor. Sostituirlo?</translation>
    </message>
    <message>
        <source>Drafted from the case. Edit the text, then save it.</source>
        <translation>Bozza fatta dalla cartella. Modifica il testo, poi salvalo.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Salvata come versione %1.</translation>
    </message>
    <message>
        <source>The PDF was written to %1 but could not be filed in the case: %2</source>
        <translation>Il PDF è stato scritto in %1 ma non è stato possibile archiviarlo nella cartella: %2</translation>
    </message>
    <message>
        <source>Exported to %1 and filed in the case (version %2).</source>
        <translation>Esportata in %1 e archiviata nella cartella (versione %2).</translation>
    </message>
    <message>
        <source>relazione-%1.pdf</source>
        <translation>relazione-%1.pdf</translation>
    </message>
    <message>
        <source>Export the court report</source>
        <translation>Esporta la relazione</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Anteprima — %1</translation>
    </message>
</context>
<context>
    <name>cartella::gui::DeadlinesPage</name>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Segna come fa&amp;tta</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <source>Deadlines &amp;of:</source>
        <translation>Scadenze &amp;di:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più avanti</translation>
    </message>
    <message>
        <source>%1 overdue, %2 this week, %3 later</source>
        <translation>Scadute: %1, questa settimana: %2, più avanti: %3</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fatta: %1</translation>
    </message>
    <message>
        <source>(only the first %1 are listed: choose a worker)</source>
        <translation>(sono elencate solo le prime %1: scegli un operatore)</translation>
    </message>
</context>
<context>
    <name>cartella::gui::DeliveryList</name>
    <message>
        <source>Requested</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Paid by the Comune</source>
        <translation>A carico del Comune</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;Loan…</source>
        <translation>Presti&amp;to…</translation>
    </message>
    <message>
        <source>Inc&amp;lusion path…</source>
        <translation>Percorso di inc&amp;lusione…</translation>
    </message>
    <message>
        <source>P&amp;lacement…</source>
        <translation>&amp;Tirocinio…</translation>
    </message>
    <message>
        <source>No services yet.</source>
        <translation>Ancora nessuna prestazione.</translation>
    </message>
    <message>
        <source>%1 — %2, requested on %3%4</source>
        <translation>%1 — %2, richiesta il %3%4</translation>
    </message>
    <message>
        <source> (protocol %1)</source>
        <translation> (protocollo %1)</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Ente erogatore: %1 (%2)</translation>
    </message>
    <message>
        <source>Cost %1: Comune %2 · user %3 · health service %4</source>
        <translation>Costo %1: Comune %2 · utente %3 · servizio sanitario %4</translation>
    </message>
    <message>
        <source>%1 hours a month</source>
        <translation>%1 ore al mese</translation>
    </message>
    <message>
        <source>Exempted from the ISEE rule: %1</source>
        <translation>Esenzione dalla regola ISEE: %1</translation>
    </message>
    <message>
        <source>Decided on %1 by %2</source>
        <translation>Decisa il %1 da %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Committed %1 · paid %2 · given back %3 · still to pay %4</source>
        <translation>Impegnato %1 · pagato %2 · svincolato %3 · ancora da pagare %4</translation>
    </message>
    <message>
        <source>Request approved.</source>
        <translation>Richiesta approvata.</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Respingi la richiesta</translation>
    </message>
    <message>
        <source>Why is the request rejected? The reason is kept.</source>
        <translation>Perché la richiesta viene respinta? Il motivo resta registrato.</translation>
    </message>
    <message>
        <source>Request rejected.</source>
        <translation>Richiesta respinta.</translation>
    </message>
    <message>
        <source>Service started.</source>
        <translation>Prestazione avviata.</translation>
    </message>
    <message>
        <source>Conclude the service</source>
        <translation>Concludi la prestazione</translation>
    </message>
    <message>
        <source>Concluded on (dd/mm/yyyy). What is still committed goes back to the line.</source>
        <translation>Conclusa il (gg/mm/aaaa). Quanto resta impegnato torna disponibile sul capitolo.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Service concluded.</source>
        <translation>Prestazione conclusa.</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Ritira la richiesta</translation>
    </message>
    <message>
        <source>Revoke the service</source>
        <translation>Revoca la prestazione</translation>
    </message>
    <message>
        <source>Why? The reason is kept; what is still committed goes back to the line.</source>
        <translation>Perché? Il motivo resta registrato; quanto resta impegnato torna disponibile sul capitolo.</translation>
    </message>
    <message>
        <source>Service cancelled.</source>
        <translation>Prestazione annullata.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Pagamento registrato.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::DeliveryRequestDialog</name>
    <message>
        <source>Request a service — case %1</source>
        <translation>Richiedi una prestazione — cartella %1</translation>
    </message>
    <message>
        <source>Chosen at approval</source>
        <translation>Scelto all&apos;approvazione</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>In&amp;via richiesta</translation>
    </message>
    <message>
        <source>Means test: %1.</source>
        <translation>Prova dei mezzi: %1.</translation>
    </message>
    <message>
        <source>ISEE %1 (DSU %2, valid until %3): within the threshold of %4.</source>
        <translation>ISEE %1 (DSU %2, valida fino al %3): entro la soglia di %4.</translation>
    </message>
    <message>
        <source>Choose a service from the catalogue.</source>
        <translation>Scegli un servizio dal catalogo.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Write the hours as a number, e.g. 20 or 12,5.</source>
        <translation>Scrivi le ore come numero, per esempio 20 o 12,5.</translation>
    </message>
    <message>
        <source>Write the amount in euro, e.g. 1.250,00 or 80,5.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 1.250,00 o 80,5.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::EmergencyDialog</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
    <message>
        <source>%1 is on call now.</source>
        <translation>%1 è reperibile adesso.</translation>
    </message>
    <message>
        <source>Activated now (Ctrl+1)</source>
        <translation>Attivato adesso (Ctrl+1)</translation>
    </message>
    <message>
        <source>Arrived now (Ctrl+2)</source>
        <translation>Arrivato adesso (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Non identificata</translation>
    </message>
    <message>
        <source>Write the time as dd/mm/yyyy hh:mm.</source>
        <translation>Scrivi l&apos;ora come gg/mm/aaaa hh:mm.</translation>
    </message>
    <message>
        <source>The Comune is not in the ISTAT list.</source>
        <translation>Il Comune non è nell&apos;elenco ISTAT.</translation>
    </message>
    <message>
        <source>Emergency received %1</source>
        <translation>Emergenza ricevuta il %1</translation>
    </message>
</context>
<context>
    <name>cartella::gui::EmergencyFiguresPanel</name>
    <message>
        <source>&amp;From month</source>
        <translation>&amp;Dal mese</translation>
    </message>
    <message>
        <source>&amp;To month</source>
        <translation>&amp;Al mese</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergenze</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Attivazioni</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Risposta mediana</translation>
    </message>
    <message>
        <source>90th percentile response</source>
        <translation>Risposta al 90° percentile</translation>
    </message>
    <message>
        <source>Median handover delay</source>
        <translation>Passaggio al servizio, mediana</translation>
    </message>
    <message>
        <source>Response time: from the call received to the worker&apos;s arrival (hours:minutes). Handover delay: from the call to the handover to the territorial service.</source>
        <translation>Tempo di risposta: dalla segnalazione ricevuta all&apos;arrivo dell&apos;operatore (ore:minuti). Tempo di passaggio: dalla segnalazione al passaggio al servizio territoriale.</translation>
    </message>
    <message>
        <source>All Comuni</source>
        <translation>Tutti i Comuni</translation>
    </message>
</context>
<context>
    <name>cartella::gui::EmergencyListModel</name>
    <message>
        <source>%1 (not identified)</source>
        <translation>%1 (non identificata)</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1, cartella %2</translation>
    </message>
    <message>
        <source>OVERDUE: not handed over</source>
        <translation>IN RITARDO: non passata al servizio</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>Not handed over to the territorial service within the limit.</source>
        <translation>Non passata al servizio territoriale entro il limite.</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Ricevuta alle</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tempo di risposta</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Passata al servizio</translation>
    </message>
    <message>
        <source>no handover needed (%1)</source>
        <translation>nessun passaggio necessario (%1)</translation>
    </message>
    <message>
        <source>Closed without a handover by %1: %2</source>
        <translation>Chiusa senza passaggio al servizio da %1: %2</translation>
    </message>
</context>
<context>
    <name>cartella::gui::EndPlacementDialog</name>
    <message>
        <source>End of the placement</source>
        <translation>Conclusione dell&apos;affidamento</translation>
    </message>
    <message>
        <source>%1 with %2, from %3.</source>
        <translation>%1 presso %2, dal %3.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>e.g. return to the family of origin</source>
        <translation>ad es. rientro nella famiglia d&apos;origine</translation>
    </message>
    <message>
        <source>Ended &amp;on</source>
        <translation>Concluso &amp;il</translation>
    </message>
    <message>
        <source>&amp;How it ended</source>
        <translation>&amp;Come si è concluso</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ExtensionDialog</name>
    <message>
        <source>Extension by the Tribunale per i Minorenni</source>
        <translation>Proroga del Tribunale per i Minorenni</translation>
    </message>
    <message>
        <source>%1 with %2: from %3, expected end %4.</source>
        <translation>%1 presso %2: dal %3, fine prevista %4.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Decree &amp;number</source>
        <translation>&amp;Numero del decreto</translation>
    </message>
    <message>
        <source>Decree &amp;date</source>
        <translation>&amp;Data del decreto</translation>
    </message>
    <message>
        <source>New &amp;end</source>
        <translation>Nuova &amp;fine</translation>
    </message>
    <message>
        <source>What the court &amp;ordered</source>
        <translation>&amp;Cosa ha disposto il Tribunale</translation>
    </message>
</context>
<context>
    <name>cartella::gui::FirstAdminDialog</name>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Crea amministratore</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::FirstNeedDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Not registered yet: type who they are, or choose them if they are.</source>
        <translation>Non ancora registrata: scrivi chi è, oppure sceglila se lo è.</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Registrata: %1</translation>
    </message>
    <message>
        <source>e.g. 23,50</source>
        <translation>es. 23,50</translation>
    </message>
    <message>
        <source>0 if the Comune&apos;s own service</source>
        <translation>0 se è un servizio del Comune</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Choose the intervention.</source>
        <translation>Scegli l&apos;intervento.</translation>
    </message>
    <message>
        <source>The Comune is not in the ISTAT list.</source>
        <translation>Il Comune non è nell&apos;elenco ISTAT.</translation>
    </message>
    <message>
        <source>Write the amount in euro, e.g. 23,50.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 23,50.</translation>
    </message>
    <message>
        <source>(no fiscal code)</source>
        <translation>(senza codice fiscale)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possibile doppione</translation>
    </message>
    <message>
        <source>Register a new person anyway</source>
        <translation>Registra comunque una nuova persona</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Torna al modulo</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Già registrata</translation>
    </message>
    <message>
        <source>Record the intervention for them?</source>
        <translation>Registrare l&apos;intervento per questa persona?</translation>
    </message>
</context>
<context>
    <name>cartella::gui::FosterCareView</name>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Minore</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Affidamento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Posti liberi</translation>
    </message>
    <message>
        <source>Suitability</source>
        <translation>Idoneità</translation>
    </message>
    <message>
        <source>&amp;Find families…</source>
        <translation>&amp;Cerca famiglie…</translation>
    </message>
    <message>
        <source>E&amp;xtension…</source>
        <translation>&amp;Proroga…</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nuova famiglia…</translation>
    </message>
    <message>
        <source>New &amp;placement…</source>
        <translation>Nuovo affi&amp;damento…</translation>
    </message>
    <message>
        <source>Carers&apos; &amp;sheet…</source>
        <translation>&amp;Scheda per gli affidatari…</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>C&amp;oncludi…</translation>
    </message>
    <message>
        <source>What the foster family needs; never the family of origin&apos;s addresses or contacts.</source>
        <translation>Ciò che serve alla famiglia affidataria; mai indirizzi o recapiti della famiglia d&apos;origine.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Affidamenti</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>Famiglie affidatarie</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Term near</source>
        <translation>Termine vicino</translation>
    </message>
    <message>
        <source>Term passed</source>
        <translation>Termine superato</translation>
    </message>
    <message>
        <source>Past 24 months without extension</source>
        <translation>Oltre 24 mesi senza proroga</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Extended by the Tribunale per i Minorenni (decree %1)</source>
        <translation>Prorogato dal Tribunale per i Minorenni (decreto %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) near the end of their term.</source>
        <translation>
            <numerusform>%n affidamento vicino al termine.</numerusform>
            <numerusform>%n affidamenti vicini al termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) past their term: extend or end them.</source>
        <translation>
            <numerusform>%n affidamento oltre il termine: prorogalo o concludilo.</numerusform>
            <numerusform>%n affidamenti oltre il termine: prorogali o concludili.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Choose a placement first.</source>
        <translation>Scegli prima un affidamento.</translation>
    </message>
    <message>
        <source>Carers&apos; sheet</source>
        <translation>Scheda per gli affidatari</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Testo (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Carers&apos; sheet written to %1.</source>
        <translation>Scheda per gli affidatari scritta in %1.</translation>
    </message>
    <message>
        <source>Extension recorded.</source>
        <translation>Proroga registrata.</translation>
    </message>
    <message>
        <source>Placement ended.</source>
        <translation>Affidamento concluso.</translation>
    </message>
    <message>
        <source>Family saved.</source>
        <translation>Famiglia salvata.</translation>
    </message>
    <message>
        <source>Placement recorded; its term is among the deadlines.</source>
        <translation>Affidamento registrato; il suo termine è tra le scadenze.</translation>
    </message>
    <message>
        <source>Family added to the registry.</source>
        <translation>Famiglia aggiunta all&apos;albo.</translation>
    </message>
    <message>
        <source>&amp;Allowance…</source>
        <translation>Contri&amp;buto…</translation>
    </message>
    <message>
        <source>Request the monthly foster allowance, approved by the zone manager as economic aid</source>
        <translation>Richiedi il contributo mensile per l&apos;affido, che il responsabile di zona approva come ogni contributo economico</translation>
    </message>
    <message>
        <source>Warning before the &amp;term (days)</source>
        <translation>Preavviso sul &amp;termine (giorni)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Monthly allowance for %1 with %2, from %3 to %4 (euro):</source>
        <translation>Contributo mensile per %1 presso %2, dal %3 al %4 (euro):</translation>
    </message>
    <message>
        <source>Foster allowance</source>
        <translation>Contributo per l&apos;affido</translation>
    </message>
    <message>
        <source>Write the amount in euro, e.g. 450,00.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 450,00.</translation>
    </message>
    <message>
        <source>Foster allowance of %1 a month requested: the zone manager approves it in Servizi e contributi.</source>
        <translation>Contributo per l&apos;affido di %1 al mese richiesto: il responsabile di zona lo approva in Servizi e contributi.</translation>
    </message>
    <message numerus="yes">
        <source>Placements are now flagged %n day(s) before their term.</source>
        <translation>
            <numerusform>Gli affidamenti sono ora segnalati %n giorno prima del termine.</numerusform>
            <numerusform>Gli affidamenti sono ora segnalati %n giorni prima del termine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartella::gui::FosterFamilyDialog</name>
    <message>
        <source>Foster family: %1</source>
        <translation>Famiglia affidataria: %1</translation>
    </message>
    <message>
        <source>New foster family</source>
        <translation>Nuova famiglia affidataria</translation>
    </message>
    <message>
        <source> (left on %1)</source>
        <translation> (uscito/a il %1)</translation>
    </message>
    <message>
        <source>%1 (case %2), from %3 to %4</source>
        <translation>%1 (cartella %2), dal %3 al %4</translation>
    </message>
    <message>
        <source>Current placements: %1 of %2</source>
        <translation>Affidamenti in corso: %1 su %2</translation>
    </message>
    <message>
        <source>Give the name of the member.</source>
        <translation>Indica il nome del componente.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::HandOverDialog</name>
    <message>
        <source>Hand over to the territorial service</source>
        <translation>Passaggio al servizio territoriale</translation>
    </message>
    <message>
        <source>To an &amp;open case</source>
        <translation>A una cartella &amp;aperta</translation>
    </message>
    <message>
        <source>e.g. 2026/0042</source>
        <translation>es. 2026/0042</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>&amp;Numero della cartella</translation>
    </message>
    <message>
        <source>To a &amp;new case opened now</source>
        <translation>A una nuova &amp;cartella aperta ora</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <source>&amp;Comune</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <source>&amp;Responsible worker</source>
        <translation>Res&amp;ponsabile</translation>
    </message>
    <message>
        <source>Handed over &amp;at</source>
        <translation>Passata al servizio al&amp;le</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>Pa&amp;ssa al servizio</translation>
    </message>
    <message>
        <source>The person is not identified yet: a new case needs them identified first.</source>
        <translation>La persona non è ancora identificata: per una nuova cartella va prima identificata.</translation>
    </message>
    <message>
        <source>Write the time as dd/mm/yyyy hh:mm.</source>
        <translation>Scrivi l&apos;ora come gg/mm/aaaa hh:mm.</translation>
    </message>
    <message>
        <source>The Comune is not in the ISTAT list.</source>
        <translation>Il Comune non è nell&apos;elenco ISTAT.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::HouseholdDialog</name>
    <message>
        <source>Household of %1</source>
        <translation>Nucleo familiare di %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Relation to the reference person</source>
        <translation>Relazione con la persona di riferimento</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Member leaves</source>
        <translation>Uscita dal nucleo</translation>
    </message>
    <message>
        <source>%1 leaves the household today. The earlier composition stays on record. Go on?</source>
        <translation>%1 esce oggi dal nucleo familiare. La composizione precedente resta registrata. Vuoi continuare?</translation>
    </message>
    <message>
        <source>%1 does not belong to a household yet. Create one with them as its reference person, or add them to another person&apos;s household from there.</source>
        <translation>%1 non fa ancora parte di un nucleo familiare. Creane uno in cui sia la persona di riferimento, oppure aggiungila al nucleo familiare di un&apos;altra persona partendo da quella persona.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Relations are to the reference person.</source>
        <translation>
            <numerusform>%n componente. La relazione indicata è quella con la persona di riferimento.</numerusform>
            <numerusform>%n componenti. La relazione indicata è quella con la persona di riferimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Household created.</source>
        <translation>Nucleo familiare creato.</translation>
    </message>
    <message>
        <source>Add to the household</source>
        <translation>Aggiungi al nucleo familiare</translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Componente aggiunto.</translation>
    </message>
    <message>
        <source>The member left the household; the earlier composition stays on record.</source>
        <translation>Il componente è uscito dal nucleo familiare; la composizione precedente resta registrata.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::IdentifyEmergencyDialog</name>
    <message>
        <source>Identify the person</source>
        <translation>Identifica la persona</translation>
    </message>
    <message>
        <source>Recorded as: %1 (received %2)</source>
        <translation>Registrata come: %1 (ricevuta il %2)</translation>
    </message>
    <message>
        <source>A person &amp;already registered</source>
        <translation>Una persona &amp;già registrata</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Nessuno scelto</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>A &amp;new person for the registry</source>
        <translation>Una &amp;nuova persona in anagrafe</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>S&amp;esso</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Data di n&amp;ascita</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>&amp;Identifica</translation>
    </message>
    <message>
        <source>Choose the registered person.</source>
        <translation>Scegli la persona registrata.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Already in the registry?</source>
        <translation>Già in anagrafe?</translation>
    </message>
    <message>
        <source>It is %1, born %2</source>
        <translation>È %1, nata/o il %2</translation>
    </message>
    <message>
        <source>Register a new person anyway</source>
        <translation>Registra comunque una nuova persona</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Torna indietro</translation>
    </message>
</context>
<context>
    <name>cartella::gui::IdleLock</name>
    <message>
        <source>The session of %1 is locked after a time without use. Type the password to go back to where you were.</source>
        <translation>La sessione di %1 è stata bloccata dopo un periodo di inattività. Scrivi la password per tornare dove eri.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::InclusionDialog</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Ore previste</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Ore di presenza</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagato il</translation>
    </message>
    <message>
        <source>Set up the path: the activity agreed with the person, which is not employment, the educator who follows it and the monthly subsidy. The subsidy paid each month follows the attendance under the office&apos;s rule.</source>
        <translation>Imposta il percorso: l&apos;attività concordata con la persona, che non è un&apos;attività lavorativa, l&apos;educatore che la segue e il contributo mensile. Il contributo pagato ogni mese dipende dalle presenze, secondo la regola dell&apos;ufficio.</translation>
    </message>
    <message>
        <source>The path was not set up before the service started or closed.</source>
        <translation>Il percorso non è stato impostato prima dell&apos;avvio o della chiusura della prestazione.</translation>
    </message>
    <message>
        <source>The path has not been set up yet.</source>
        <translation>Il percorso non è ancora stato impostato.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Activity: %1
Educator: %2
Monthly subsidy: %3</source>
        <translation>Attività: %1
Educatore: %2
Contributo mensile: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Under the rule then in force: the whole subsidy from %1 %, nothing below %2 %.</source>
        <translation>Secondo la regola allora in vigore: contributo intero dal %1 %, nessun contributo sotto il %2 %.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>non pagato</translation>
    </message>
    <message>
        <source>nothing to pay</source>
        <translation>nulla da pagare</translation>
    </message>
    <message>
        <source>Write the monthly subsidy in euro, e.g. 300,00.</source>
        <translation>Scrivi il contributo mensile in euro, per esempio 300,00.</translation>
    </message>
    <message>
        <source>The path is set up.</source>
        <translation>Il percorso è impostato.</translation>
    </message>
    <message>
        <source>Attendance of %1 recorded: the subsidy is %2.</source>
        <translation>Presenze di %1 registrate: il contributo è %2.</translation>
    </message>
    <message>
        <source>Pay a month of the PIS</source>
        <translation>Paga una mensilità del PIS</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Pagamento registrato.</translation>
    </message>
    <message>
        <source>The attendance rule is changed; it applies to the months recorded from now on.</source>
        <translation>La regola delle presenze è stata modificata; si applica ai mesi registrati da ora in poi.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::IntakeDialog</name>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>The Comune is not in the ISTAT list.</source>
        <translation>Il Comune non è presente nell&apos;elenco ISTAT.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::IntakeListModel</name>
    <message>
        <source>Case %1</source>
        <translation>Cartella %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>Invio a %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Chi si è presentato</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>cartella::gui::IntakePage</name>
    <message>
        <source>&amp;Open case from contact…</source>
        <translation>Apri ca&amp;rtella dal contatto…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Nuovo &amp;contatto…</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation>Contatto registrato.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::IseeDialog</name>
    <message>
        <source>ISEE of %1</source>
        <translation>ISEE di %1</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <source>ISEE value</source>
        <translation>Valore ISEE</translation>
    </message>
    <message>
        <source>DSU protocol</source>
        <translation>Protocollo DSU</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino al</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>The day the DSU was filed: it is valid until 31 December of that year.</source>
        <translation>Il giorno in cui è stata presentata la DSU: vale fino al 31 dicembre di quell&apos;anno.</translation>
    </message>
    <message>
        <source>No ISEE declaration (DSU) is recorded for %1.</source>
        <translation>Nessuna dichiarazione ISEE (DSU) è registrata per %1.</translation>
    </message>
    <message>
        <source>The ISEE declarations (DSU) of %1. A declaration is valid until 31 December of the year it was filed.</source>
        <translation>Le dichiarazioni ISEE (DSU) di %1. Una dichiarazione vale fino al 31 dicembre dell&apos;anno in cui è stata presentata.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Write the ISEE value in euro, e.g. 8.500,00.</source>
        <translation>Scrivi il valore ISEE in euro, es. 8.500,00.</translation>
    </message>
    <message>
        <source>Write the filing date as dd/mm/yyyy.</source>
        <translation>Scrivi la data di presentazione come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>DSU %1 recorded: valid until %2.</source>
        <translation>DSU %1 registrata: valida fino al %2.</translation>
    </message>
    <message>
        <source>DSU %1 recorded; it expired on %2.</source>
        <translation>DSU %1 registrata; è scaduta il %2.</translation>
    </message>
    <message>
        <source>Discard the DSU?</source>
        <translation>Scartare la DSU?</translation>
    </message>
    <message>
        <source>The DSU typed in the form is not recorded and will be lost.</source>
        <translation>La DSU scritta nel modulo non è registrata e andrà persa.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::LoanDialog</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagato il</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>Honour loan of %1</source>
        <translation>Prestito sull&apos;onore di %1</translation>
    </message>
    <message>
        <source>%1 — case %2 — %3</source>
        <translation>%1 — cartella %2 — %3</translation>
    </message>
    <message>
        <source>Repayment plan not set up yet</source>
        <translation>Piano di restituzione non ancora impostato</translation>
    </message>
    <message>
        <source>The zone manager sets up the repayment plan.</source>
        <translation>Il piano di restituzione viene impostato dal responsabile di zona.</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Pagato in ritardo</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Stralciato</translation>
    </message>
    <message>
        <source>OVERDUE, partly paid</source>
        <translation>SCADUTO, pagato in parte</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>SCADUTO</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagato in parte</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>Non ancora scaduto</translation>
    </message>
    <message>
        <source>(%1 more than the plan)</source>
        <translation>(%1 in più rispetto al piano)</translation>
    </message>
    <message>
        <source>none (written off)</source>
        <translation>nulla (stralciato)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n instalment(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n rata scaduta)</numerusform>
            <numerusform>%1 (%n rate scadute)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, instalment %2: %3</source>
        <translation>%1, rata %2: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1 written off on %2: %3</source>
        <translation>%1 stralciati il %2: %3</translation>
    </message>
    <message>
        <source>Write the first due date as dd/mm/yyyy.</source>
        <translation>Scrivi la data della prima scadenza come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 instalments.</source>
        <translation>%1 non può essere suddiviso in %2 rate.</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) of %1, from %2 to %3.</source>
        <translation>
            <numerusform>%n rata da %1, dal %2 al %3.</numerusform>
            <numerusform>%n rate da %1, dal %2 al %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) of %1 and the last of %2, from %3 to %4.</source>
        <translation>
            <numerusform>%n rata da %1 e l&apos;ultima da %2, dal %3 al %4.</numerusform>
            <numerusform>%n rate da %1 e l&apos;ultima da %2, dal %3 al %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message numerus="yes">
        <source>Repayment plan set up: %n instalment(s).</source>
        <translation>
            <numerusform>Piano di restituzione impostato: %n rata.</numerusform>
            <numerusform>Piano di restituzione impostato: %n rate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the amount in euro, e.g. 125,50.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 125,50.</translation>
    </message>
    <message>
        <source>Repayment of %1 recorded: the loan is repaid in full.</source>
        <translation>Restituzione di %1 registrata: il prestito è interamente restituito.</translation>
    </message>
    <message>
        <source>Repayment of %1 recorded.</source>
        <translation>Restituzione di %1 registrata.</translation>
    </message>
    <message>
        <source>The remainder of %1 is written off against the chosen assistance line and the loan is closed. This cannot be undone.</source>
        <translation>Il residuo di %1 viene stralciato sul capitolo di assistenza scelto e il prestito viene chiuso. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No assistance line for %1</source>
        <translation>Nessun capitolo di assistenza per il %1</translation>
    </message>
    <message>
        <source>%1 written off; the loan is closed.</source>
        <translation>%1 stralciati; il prestito è chiuso.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::LoginDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>cartella::gui::MainWindow</name>
    <message>
        <source>Cartella — %1</source>
        <translation>Cartella — %1</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nuova persona…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>&amp;Cerca persona</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Cartella</source>
        <translation>&amp;Informazioni su Cartella</translation>
    </message>
    <message>
        <source>About Cartella</source>
        <translation>Informazioni su Cartella</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cartella %1&lt;/h3&gt;&lt;p&gt;Case management for municipal social services.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Place tables: ISTAT, CC BY 3.0 IT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cartella %1&lt;/h3&gt;&lt;p&gt;Gestione della cartella sociale per i servizi sociali comunali.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Tabelle dei luoghi: ISTAT, CC BY 3.0 IT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Persone</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cartelle</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Segretariato sociale</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Le mie scadenze</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Cerca &amp;ovunque…</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Segretariato sociale</translation>
    </message>
    <message>
        <source>My &amp;deadlines</source>
        <translation>Le &amp;mie scadenze</translation>
    </message>
    <message>
        <source>My deadlines (%1 overdue)</source>
        <translation>Le mie scadenze (scadute: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue deadline(s)</source>
        <translation>
            <numerusform>%n scadenza superata</numerusform>
            <numerusform>%n scadenze superate</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue deadlines</source>
        <translation>Nessuna scadenza superata</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utente: %1</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password cambiata.</translation>
    </message>
    <message>
        <source>&amp;Emergency access to a case…</source>
        <translation>Accesso d&apos;emergenza a una &amp;cartella…</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency access(es) to acknowledge</source>
        <translation>
            <numerusform>%n accesso d&apos;emergenza di cui prendere visione</numerusform>
            <numerusform>%n accessi d&apos;emergenza di cui prendere visione</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utenti</translation>
    </message>
    <message>
        <source>Services and aid</source>
        <translation>Servizi e contributi</translation>
    </message>
    <message>
        <source>Ser&amp;vices and aid</source>
        <translation>Se&amp;rvizi e contributi</translation>
    </message>
    <message>
        <source>Service &amp;catalogue…</source>
        <translation>Catalo&amp;go dei servizi…</translation>
    </message>
    <message>
        <source>E&amp;xport services…</source>
        <translation>Esporta pres&amp;tazioni…</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bilancio</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Bilancio</translation>
    </message>
    <message>
        <source>&amp;First-need intervention…</source>
        <translation>&amp;Intervento di prima necessità…</translation>
    </message>
    <message>
        <source>First-need intervention requested in the new case %1.</source>
        <translation>Intervento di prima necessità richiesto nella nuova cartella %1.</translation>
    </message>
    <message>
        <source>First-need intervention requested in case %1.</source>
        <translation>Intervento di prima necessità richiesto nella cartella %1.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <source>P&amp;rojects</source>
        <translation>Pro&amp;getti</translation>
    </message>
</context>
<context>
    <name>cartella::gui::MandateDialog</name>
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Re&amp;cord decree</source>
        <translation>Re&amp;gistra il decreto</translation>
    </message>
    <message>
        <source>Write the task&apos;s due date as dd/mm/yyyy.</source>
        <translation>Scrivi la scadenza del compito come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Correct the decree</source>
        <translation>Correggi il decreto</translation>
    </message>
    <message>
        <source>Save &amp;correction</source>
        <translation>&amp;Salva correzione</translation>
    </message>
</context>
<context>
    <name>cartella::gui::MandateRemindersView</name>
    <message>
        <source>Only &amp;mine</source>
        <translation>Solo &amp;i miei</translation>
    </message>
    <message>
        <source>Reminder &amp;days…</source>
        <translation>&amp;Giorni di promemoria…</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Decreto</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>No court-mandate task is due within its reminder window.</source>
        <translation>Nessun compito dei mandati è in scadenza entro il suo promemoria.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of court decrees due soon or overdue, %1 overdue.</source>
        <translation>
            <numerusform>%n compito dei decreti in scadenza o scaduto, %1 scaduti.</numerusform>
            <numerusform>%n compiti dei decreti in scadenza o scaduti, %1 scaduti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Scaduto da %n giorno</numerusform>
            <numerusform>Scaduto da %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Tra %n giorno</numerusform>
            <numerusform>Tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n giorno prima</numerusform>
            <numerusform>%n giorni prima</numerusform>
        </translation>
    </message>
    <message>
        <source>Past its date</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Reminders of court mandates</source>
        <translation>Promemoria dei mandati</translation>
    </message>
    <message>
        <source>Days before the due date a task is recalled, separated by commas (e.g. 30, 7):</source>
        <translation>Giorni prima della scadenza in cui un compito viene ricordato, separati da virgole (es. 30, 7):</translation>
    </message>
    <message>
        <source>Write whole numbers of days separated by commas, e.g. 30, 7.</source>
        <translation>Scrivi numeri interi di giorni separati da virgole, per esempio 30, 7.</translation>
    </message>
    <message>
        <source>Court-mandate reminders changed.</source>
        <translation>Promemoria dei mandati cambiati.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::MandateTaskDialog</name>
    <message>
        <source>Decree %1 of %2, %3</source>
        <translation>Decreto %1 del %2, %3</translation>
    </message>
    <message>
        <source>A further task of the decree</source>
        <translation>Un ulteriore compito del decreto</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Aggiungi compito</translation>
    </message>
    <message>
        <source>Change the due date</source>
        <translation>Cambia la scadenza</translation>
    </message>
    <message>
        <source>%1, due by %2.
%3</source>
        <translation>%1, scadenza %2.
%3</translation>
    </message>
    <message>
        <source>New &amp;due date</source>
        <translation>Nuova &amp;scadenza</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Why the date changes, e.g. the court&apos;s extension and its date</source>
        <translation>Perché cambia la data, per esempio la proroga del tribunale e la sua data</translation>
    </message>
    <message>
        <source>&amp;Change date</source>
        <translation>&amp;Cambia la data</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Compito svolto</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Svolto &amp;il</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>Segna come s&amp;volto</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::MandatesPanel</name>
    <message>
        <source>Decree of</source>
        <translation>Decreto del</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Provvedimenti</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Compito</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>New &amp;decree…</source>
        <translation>Nuovo &amp;decreto…</translation>
    </message>
    <message>
        <source>Fu&amp;rther task…</source>
        <translation>Ulteriore &amp;compito…</translation>
    </message>
    <message>
        <source>C&amp;hange due date…</source>
        <translation>Cam&amp;bia scadenza…</translation>
    </message>
    <message>
        <source>&amp;Mark task done…</source>
        <translation>Segna compito s&amp;volto…</translation>
    </message>
    <message>
        <source>No court decree for this case.</source>
        <translation>Nessun decreto per questa cartella.</translation>
    </message>
    <message numerus="yes">
        <source>%n decree(s). Each open task is a deadline of the responsible worker.</source>
        <translation>
            <numerusform>%n decreto. Ogni compito aperto è una scadenza del responsabile del caso.</numerusform>
            <numerusform>%n decreti. Ogni compito aperto è una scadenza del responsabile del caso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Svolto il %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Scaduto da %n giorno</numerusform>
            <numerusform>Scaduto da %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Scade oggi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Manca %n giorno</numerusform>
            <numerusform>Mancano %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Probation %1 – %2: %3</source>
        <translation>Messa alla prova %1 – %2: %3</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(era il %1)</translation>
    </message>
    <message>
        <source>%1 → %2 by %3: %4</source>
        <translation>%1 → %2, %3: %4</translation>
    </message>
    <message>
        <source>Decree %1 recorded with its tasks as deadlines.</source>
        <translation>Decreto %1 registrato, con i suoi compiti come scadenze.</translation>
    </message>
    <message>
        <source>Decree %1 recorded with its tasks as deadlines; the case is now riservato.</source>
        <translation>Decreto %1 registrato, con i suoi compiti come scadenze; la cartella ora è riservata.</translation>
    </message>
    <message>
        <source>Task added to decree %1.</source>
        <translation>Compito aggiunto al decreto %1.</translation>
    </message>
    <message>
        <source>The due date has changed; the deadline follows it.</source>
        <translation>La scadenza è cambiata; la scadenza in agenda la segue.</translation>
    </message>
    <message>
        <source>Task marked as done; its deadline is closed.</source>
        <translation>Compito segnato come svolto; la sua scadenza è chiusa.</translation>
    </message>
    <message>
        <source>Correc&amp;t decree…</source>
        <translation>C&amp;orreggi decreto…</translation>
    </message>
    <message>
        <source>Messa alla &amp;prova…</source>
        <translation>Messa alla &amp;prova…</translation>
    </message>
    <message>
        <source>Probation &amp;outcome…</source>
        <translation>Esi&amp;to della prova…</translation>
    </message>
    <message>
        <source>Decree %1 corrected; the earlier version is kept.</source>
        <translation>Decreto %1 corretto; la versione precedente resta nello storico.</translation>
    </message>
    <message>
        <source>Messa alla prova recorded.</source>
        <translation>Messa alla prova registrata.</translation>
    </message>
    <message>
        <source>Outcome of the messa alla prova recorded; the task and its deadline are closed.</source>
        <translation>Esito della messa alla prova registrato; il compito e la sua scadenza sono chiusi.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::MatchFamiliesDialog</name>
    <message>
        <source>Find foster families</source>
        <translation>Cerca famiglie affidatarie</translation>
    </message>
    <message>
        <source>Name or ISTAT code</source>
        <translation>Nome o codice ISTAT</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;age</source>
        <translation>&amp;Età del minore</translation>
    </message>
    <message>
        <source>&amp;Kind of placement</source>
        <translation>&amp;Tipo di affidamento</translation>
    </message>
    <message>
        <source>&amp;Comune</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Ce&amp;rca</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Posti liberi</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Perché è adatta</translation>
    </message>
    <message>
        <source>No available family fits.</source>
        <translation>Nessuna famiglia disponibile è adatta.</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) fit.</source>
        <translation>
            <numerusform>%n famiglia adatta.</numerusform>
            <numerusform>%n famiglie adatte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartella::gui::MonthPaymentDialog</name>
    <message>
        <source>&amp;Pay</source>
        <translation>Pa&amp;ga</translation>
    </message>
    <message>
        <source>No month can be paid now.</source>
        <translation>Al momento non c&apos;è nessun mese da pagare.</translation>
    </message>
    <message>
        <source>Write the date of the payment as dd/mm/yyyy.</source>
        <translation>Scrivi la data del pagamento come gg/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::OpenCaseDialog</name>
    <message>
        <source>A case opens with the people of the contact of %1. The request becomes the case notes and the first diary entry.</source>
        <translation>Si apre una cartella con le persone del contatto del %1. La richiesta diventa le note della cartella e la prima annotazione di diario.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <source>Nobody from the registry is linked to this contact: add the person it is about (register them first if needed).</source>
        <translation>Nessuna persona dell&apos;archivio è collegata a questo contatto: aggiungi la persona interessata (se serve, registrala prima).</translation>
    </message>
</context>
<context>
    <name>cartella::gui::PaymentDialog</name>
    <message>
        <source>Committed %1 · paid %2 · still to pay %3</source>
        <translation>Impegnato %1 · pagato %2 · ancora da pagare %3</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Registra pagamento</translation>
    </message>
    <message>
        <source>Write the amount in euro, e.g. 1.250,00 or 80,5.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 1.250,00 o 80,5.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>The birth date is not a date: write it as dd/mm/yyyy.</source>
        <translation>La data di nascita non è valida: scriverla nel formato gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Valid temporary code.</source>
        <translation>Codice fiscale provvisorio valido.</translation>
    </message>
    <message>
        <source>Valid code, consistent with the data.</source>
        <translation>Codice fiscale valido e coerente con i dati.</translation>
    </message>
    <message>
        <source>(no fiscal code)</source>
        <translation>(senza codice fiscale)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possibile duplicato</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Torna al modulo</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Persona già registrata</translation>
    </message>
    <message>
        <source>Open the existing person</source>
        <translation>Apri la persona già registrata</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Salvataggio non riuscito</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>The changes typed in this form will be lost.</source>
        <translation>Le modifiche inserite in questo modulo andranno perse.</translation>
    </message>
    <message>
        <source>No fiscal code: the person will be listed as &quot;No fiscal code&quot; until one is entered.</source>
        <translation>Nessun codice fiscale: la persona comparirà nell&apos;elenco come &quot;Senza codice fiscale&quot; finché non verrà inserito.</translation>
    </message>
    <message>
        <source>Valid code, but it does not match the data: see below.</source>
        <translation>Codice valido, ma non corrisponde ai dati: vedi sotto.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificato da un&apos;altra persona</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were editing. Whichever you choose, the earlier version stays in the person&apos;s history.</source>
        <translation>%1 è stato modificato da %2 mentre lo stavi modificando. Qualunque cosa tu scelga, la versione precedente resta nello storico della persona.</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Salva la mia sopra la sua</translation>
    </message>
    <message>
        <source>Show theirs (drop what I typed)</source>
        <translation>Mostra la sua (scarta quello che ho scritto)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>Showing the version saved by %1.</source>
        <translation>Si vede la versione salvata da %1.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::PersonListModel</name>
    <message>
        <source>No fiscal code</source>
        <translation>Senza codice fiscale</translation>
    </message>
    <message>
        <source>This person was saved without a fiscal code: add it when it is known.</source>
        <translation>Questa persona è stata salvata senza codice fiscale: inserirlo appena è noto.</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Cognome e nome</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
</context>
<context>
    <name>cartella::gui::PersonPickerDialog</name>
    <message>
        <source>%1 %2 — born %3 %4</source>
        <translation>%1 %2 — nato/a il %3 %4</translation>
    </message>
</context>
<context>
    <name>cartella::gui::PersonServicesDialog</name>
    <message>
        <source>Services and aid of %1</source>
        <translation>Servizi e contributi di %1</translation>
    </message>
    <message>
        <source>No service or aid in the cases you may see.</source>
        <translation>Nessun servizio o contributo nelle cartelle che puoi vedere.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) and aid in the cases you may see; double-click a row to open its case.</source>
        <translation>
            <numerusform>%n servizio o contributo nelle cartelle che puoi vedere; doppio clic su una riga per aprirne la cartella.</numerusform>
            <numerusform>%n servizi e contributi nelle cartelle che puoi vedere; doppio clic su una riga per aprirne la cartella.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartella::gui::PersonsPage</name>
    <message>
        <source>Only without fiscal code</source>
        <translation>Solo senza codice fiscale</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Search by surname, name or fiscal code (Ctrl+F)</source>
        <translation>Cerca per cognome, nome o codice fiscale (Ctrl+F)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Registra una nuova persona (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n persona trovata</numerusform>
            <numerusform>%n persone trovate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered</source>
        <translation>
            <numerusform>%n persona registrata</numerusform>
            <numerusform>%n persone registrate</numerusform>
        </translation>
    </message>
    <message>
        <source>Person saved.</source>
        <translation>Persona salvata.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifiche salvate.</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Nucleo familiare…</translation>
    </message>
    <message>
        <source>The household (nucleo familiare) of the selected person</source>
        <translation>Il nucleo familiare della persona selezionata</translation>
    </message>
    <message>
        <source>&amp;Who consulted this file…</source>
        <translation>&amp;Chi ha consultato questa scheda…</translation>
    </message>
    <message>
        <source>Who opened or changed the selected person&apos;s file and cases, and when</source>
        <translation>Chi ha aperto o modificato la scheda e le cartelle della persona selezionata, e quando</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Esporta dati personali…</translation>
    </message>
    <message>
        <source>All data held about the selected person, without third parties, as JSON and PDF (GDPR art. 15)</source>
        <translation>Tutti i dati conservati sulla persona selezionata, senza quelli di terzi, in JSON e PDF (art. 15 GDPR)</translation>
    </message>
    <message>
        <source>&amp;ISEE…</source>
        <translation>&amp;ISEE…</translation>
    </message>
    <message>
        <source>The ISEE declarations (DSU) of the selected person</source>
        <translation>Le dichiarazioni ISEE (DSU) della persona selezionata</translation>
    </message>
    <message>
        <source>Se&amp;rvices…</source>
        <translation>Se&amp;rvizi…</translation>
    </message>
    <message>
        <source>Everything the selected person receives, across their cases</source>
        <translation>Tutto ciò che la persona selezionata riceve, in tutte le sue cartelle</translation>
    </message>
</context>
<context>
    <name>cartella::gui::PlacementDialog</name>
    <message>
        <source>New foster placement</source>
        <translation>Nuovo affidamento familiare</translation>
    </message>
    <message>
        <source>e.g. 2026/0012</source>
        <translation>ad es. 2026/0012</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (posti liberi: %2)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Cartella</translation>
    </message>
    <message>
        <source>C&amp;hild</source>
        <translation>&amp;Minore</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Famiglia</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Measure number</source>
        <translation>&amp;Numero del provvedimento</translation>
    </message>
    <message>
        <source>Measure &amp;date</source>
        <translation>&amp;Data del provvedimento</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Presso</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>T&amp;empo</translation>
    </message>
    <message>
        <source>&amp;Setting</source>
        <translation>&amp;Regime</translation>
    </message>
    <message>
        <source>&amp;Availability used</source>
        <translation>Disponibilità &amp;utilizzata</translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>E&amp;xpected end</source>
        <translation>Fine pre&amp;vista</translation>
    </message>
    <message>
        <source>Contact with the family of &amp;origin</source>
        <translation>Rapporti con la famiglia d&apos;&amp;origine</translation>
    </message>
    <message>
        <source>The child&apos;s &amp;needs</source>
        <translation>&amp;Bisogni del minore</translation>
    </message>
    <message>
        <source>Res&amp;ponsible service</source>
        <translation>&amp;Servizio responsabile</translation>
    </message>
    <message>
        <source>Service conta&amp;ct</source>
        <translation>Rec&amp;apito del servizio</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ProbationDialog</name>
    <message>
        <source>%1, due by %2.
Decree %3 of %4, %5</source>
        <translation>%1, entro il %2.
Decreto %3 del %4, %5</translation>
    </message>
    <message>
        <source>Set up the messa alla prova</source>
        <translation>Imposta la messa alla prova</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Suspended from %1 to %2. Project: %3</source>
        <translation>Sospensione dal %1 al %2. Progetto: %3</translation>
    </message>
    <message>
        <source>Outcome of the messa alla prova</source>
        <translation>Esito della messa alla prova</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>&amp;Registra esito</translation>
    </message>
    <message>
        <source>Write the dates as dd/mm/yyyy.</source>
        <translation>Scrivi le date come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ProgrammeDialog</name>
    <message>
        <source>Any area</source>
        <translation>Tutte le aree</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ingressi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Progetto: %1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>Save the project first; then set its team and enrol cases.</source>
        <translation>Prima salva il progetto; poi definisci l&apos;équipe e iscrivi le cartelle.</translation>
    </message>
    <message numerus="yes">
        <source>Closed on %1. %n enrolment(s).</source>
        <translation>
            <numerusform>Chiuso il %1. %n iscrizione.</numerusform>
            <numerusform>Chiuso il %1. %n iscrizioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active. %n enrolled now</source>
        <translation>
            <numerusform>Attivo. %n iscritto ora</numerusform>
            <numerusform>Attivo. %n iscritti ora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n enrolment(s) in all.</source>
        <translation>
            <numerusform>, %n iscrizione in tutto.</numerusform>
            <numerusform>, %n iscrizioni in tutto.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(senza cartella)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Chiudi il progetto</translation>
    </message>
    <message>
        <source>Day the project closes (dd/mm/yyyy). The enrolments still open end that day.</source>
        <translation>Giorno di chiusura del progetto (gg/mm/aaaa). Le iscrizioni ancora aperte terminano in quel giorno.</translation>
    </message>
    <message>
        <source>Choose the worker.</source>
        <translation>Scegli l&apos;operatore.</translation>
    </message>
    <message>
        <source>Choose the team member who leaves.</source>
        <translation>Scegli il componente dell&apos;équipe che esce.</translation>
    </message>
    <message>
        <source>Find the case to enrol by its number or a member&apos;s name.</source>
        <translation>Cerca la cartella da iscrivere per numero o per nome di un componente.</translation>
    </message>
    <message>
        <source>Enrol a person in %1</source>
        <translation>Iscrivi una persona a %1</translation>
    </message>
    <message>
        <source>Choose the enrolment that ends.</source>
        <translation>Scegli l&apos;iscrizione che termina.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ProgrammesView</name>
    <message>
        <source>&amp;Update</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Apr&amp;i…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Ente finanziatore</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Enrolled at the end</source>
        <translation>Iscritti a fine periodo</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ingressi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Nel periodo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Periodo dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Write the period as dd/mm/yyyy.</source>
        <translation>Scrivi il periodo come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comune unknown</source>
        <translation>Comune sconosciuto</translation>
    </message>
    <message>
        <source>Enrolled in the period, by Comune:</source>
        <translation>Iscritti nel periodo, per Comune:</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), </source>
        <translation>
            <numerusform>%n progetto, </numerusform>
            <numerusform>%n progetti, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled on %1.</source>
        <translation>
            <numerusform>%n iscritto al %1.</numerusform>
            <numerusform>%n iscritti al %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 saved.</source>
        <translation>Progetto %1 salvato.</translation>
    </message>
    <message>
        <source>Export the project counts</source>
        <translation>Esporta i conteggi dei progetti</translation>
    </message>
    <message>
        <source>projects.csv</source>
        <translation>progetti.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Non è stato possibile scrivere il file.</translation>
    </message>
    <message>
        <source>Project counts exported.</source>
        <translation>Conteggi dei progetti esportati.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ProjectsPage</name>
    <message>
        <source>Tutela Minori</source>
        <translation>Tutela Minori</translation>
    </message>
    <message>
        <source>Pronto Intervento Sociale</source>
        <translation>Pronto Intervento Sociale</translation>
    </message>
    <message>
        <source>Affido</source>
        <translation>Affido</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ProntoInterventoView</name>
    <message>
        <source>&amp;Emergency log</source>
        <translation>&amp;Registro delle emergenze</translation>
    </message>
    <message>
        <source>&amp;Rota (reperibilità)</source>
        <translation>&amp;Turni di reperibilità</translation>
    </message>
    <message>
        <source>Monthly &amp;figures</source>
        <translation>&amp;Dati mensili</translation>
    </message>
    <message>
        <source>&amp;New emergency…</source>
        <translation>&amp;Nuova emergenza…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Identify…</source>
        <translation>&amp;Identifica…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>Passa al &amp;servizio…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message numerus="yes">
        <source>Not handed over within %1 hours: %n (marked OVERDUE below).</source>
        <translation>
            <numerusform>Non passata al servizio entro %1 ore: %n (segnata IN RITARDO qui sotto).</numerusform>
            <numerusform>Non passate al servizio entro %1 ore: %n (segnate IN RITARDO qui sotto).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every emergency older than %1 hours has been handed over.</source>
        <translation>Ogni emergenza più vecchia di %1 ore è stata passata al servizio.</translation>
    </message>
    <message>
        <source>Emergency recorded.</source>
        <translation>Emergenza registrata.</translation>
    </message>
    <message>
        <source>Person identified: %1.</source>
        <translation>Persona identificata: %1.</translation>
    </message>
    <message>
        <source>Handed over: case %1 opened.</source>
        <translation>Passata al servizio: aperta la cartella %1.</translation>
    </message>
    <message>
        <source>Handed over to case %1.</source>
        <translation>Passata al servizio nella cartella %1.</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>A&amp;ggiorna…</translation>
    </message>
    <message>
        <source>Complete or correct the selected emergency: arrival, actions, outcome</source>
        <translation>Completa o correggi l&apos;emergenza selezionata: arrivo, interventi, esito</translation>
    </message>
    <message>
        <source>Emergency updated; the earlier version is kept.</source>
        <translation>Emergenza aggiornata; la versione precedente resta nello storico.</translation>
    </message>
    <message>
        <source>All emergencies</source>
        <translation>Tutte le emergenze</translation>
    </message>
    <message>
        <source>To hand over</source>
        <translation>Da passare al servizio</translation>
    </message>
    <message>
        <source>Person not identified</source>
        <translation>Persona non identificata</translation>
    </message>
    <message>
        <source>Every Comune</source>
        <translation>Tutti i Comuni</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>M&amp;ostra</translation>
    </message>
    <message>
        <source>Close &amp;without handover…</source>
        <translation>C&amp;hiudi senza passaggio…</translation>
    </message>
    <message>
        <source>Nothing for the territorial service to take up: close it with the reason</source>
        <translation>Niente da prendere in carico per il servizio territoriale: chiudila indicando il motivo</translation>
    </message>
    <message>
        <source>Why does the territorial service not need to take up the emergency of %1?</source>
        <translation>Perché il servizio territoriale non deve prendere in carico l&apos;emergenza del %1?</translation>
    </message>
    <message>
        <source>Close without handover</source>
        <translation>Chiudi senza passaggio al servizio</translation>
    </message>
    <message>
        <source>Emergency closed without a handover.</source>
        <translation>Emergenza chiusa senza passaggio al servizio.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::RotaPanel</name>
    <message>
        <source>&amp;Week of</source>
        <translation>&amp;Settimana del</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Settimana &amp;precedente</translation>
    </message>
    <message>
        <source>Ne&amp;xt week</source>
        <translation>Settimana s&amp;uccessiva</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Add shift…</source>
        <translation>A&amp;ggiungi turno…</translation>
    </message>
    <message>
        <source>C&amp;hange shift…</source>
        <translation>Cam&amp;bia turno…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel shift</source>
        <translation>Annulla tur&amp;no</translation>
    </message>
    <message>
        <source>Warning: nobody is on call from %1 to %2.</source>
        <translation>Attenzione: nessuno è reperibile dalle %1 alle %2.</translation>
    </message>
    <message>
        <source>The week from %1 is covered throughout.</source>
        <translation>La settimana dal %1 è coperta per intero.</translation>
    </message>
    <message>
        <source>Shift changed.</source>
        <translation>Turno modificato.</translation>
    </message>
    <message>
        <source>Shift added.</source>
        <translation>Turno aggiunto.</translation>
    </message>
    <message>
        <source>Cancel shift</source>
        <translation>Annulla il turno</translation>
    </message>
    <message>
        <source>Cancel the shift of %1 from %2 to %3?</source>
        <translation>Annullare il turno di %1 dalle %2 alle %3?</translation>
    </message>
    <message>
        <source>Shift cancelled.</source>
        <translation>Turno annullato.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Cerca ovunque</translation>
    </message>
    <message>
        <source>Name, fiscal code, case number or words from the diary…</source>
        <translation>Nome, codice fiscale, numero di cartella o parole del diario…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Words match from their start, without regard to accents. Return opens the selection.</source>
        <translation>Le parole vengono cercate dall&apos;inizio, senza tenere conto degli accenti. Invio apre l&apos;elemento selezionato.</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Diary, notes and contacts</source>
        <translation>Diario, note e contatti</translation>
    </message>
    <message>
        <source>Diary of %1, %2</source>
        <translation>Diario della cartella %1, %2</translation>
    </message>
    <message>
        <source>[WITHDRAWN]</source>
        <translation>[RITIRATA]</translation>
    </message>
    <message>
        <source>Notes of case %1</source>
        <translation>Note della cartella %1</translation>
    </message>
    <message>
        <source>Contact of %1</source>
        <translation>Contatto del %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nessun risultato.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ServiceExportDialog</name>
    <message>
        <source>Services delivered (CSV)</source>
        <translation>Prestazioni erogate (CSV)</translation>
    </message>
    <message>
        <source>Aid paid (CSV)</source>
        <translation>Contributi pagati (CSV)</translation>
    </message>
    <message>
        <source>Benefits for INPS SIUSS (XML)</source>
        <translation>Prestazioni per il SIUSS dell&apos;INPS (XML)</translation>
    </message>
    <message>
        <source>Any line</source>
        <translation>Tutti i capitoli</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Tutte le aree</translation>
    </message>
    <message>
        <source>The files hold only the cases you may see.</source>
        <translation>I file contengono solo le cartelle che puoi vedere.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Esp&amp;orta</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>SIUSS files (*.xml)</source>
        <translation>File SIUSS (*.xml)</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Salva i problemi</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Scegli il file da scrivere.</translation>
    </message>
    <message>
        <source>Choose a Comune from the list, or leave it empty for all.</source>
        <translation>Scegli un Comune dall&apos;elenco, oppure lascia vuoto per tutti.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Nothing can be sent for the period: no file was written.</source>
        <translation>Per il periodo non c&apos;è nulla da inviare: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>SIUSS flow %1: %2 person(s) with %3 benefit(s) written to %4.</source>
        <translation>Flusso SIUSS %1 scritto in %4: persone %2, prestazioni %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) below: what they name was left out.</source>
        <translation>
            <numerusform>%n problema qui sotto: ciò a cui si riferisce è stato escluso.</numerusform>
            <numerusform>%n problemi qui sotto: ciò a cui si riferiscono è stato escluso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) delivered written to %1.</source>
        <translation>
            <numerusform>%n prestazione erogata scritta in %1.</numerusform>
            <numerusform>%n prestazioni erogate scritte in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) written to %1.</source>
        <translation>
            <numerusform>%n pagamento scritto in %1.</numerusform>
            <numerusform>%n pagamenti scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The problems were saved to %1.</source>
        <translation>I problemi sono stati salvati in %1.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::ServicesPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>The latest %1 shown</source>
        <translation>Mostrate le ultime %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n prestazione</numerusform>
            <numerusform>%n prestazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cartella::gui::ShiftDialog</name>
    <message>
        <source>Change shift</source>
        <translation>Modifica il turno</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>Aggiungi un turno</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dalle</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Write the time as dd/mm/yyyy hh:mm.</source>
        <translation>Scrivi l&apos;ora come gg/mm/aaaa hh:mm.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::UserDialog</name>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>New worker with this name</source>
        <translation>Nuovo operatore con questo nome</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::UsersPage</name>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utenti&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuovo utente…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reimposta password…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Comuni served</source>
        <translation>Comuni serviti</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>to change at the next login</source>
        <translation>da cambiare al prossimo accesso</translation>
    </message>
    <message>
        <source>set</source>
        <translation>impostata</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bloccato fino alle %1</translation>
    </message>
    <message>
        <source>whole zone</source>
        <translation>tutta la zona</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>User %1 created; the password must be changed at the first login.</source>
        <translation>Utente %1 creato; la password va cambiata al primo accesso.</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>Scegliere prima un utente.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>Temporary password for %1:</source>
        <translation>Password provvisoria per %1:</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Password di %1 reimpostata; va cambiata al prossimo accesso.</translation>
    </message>
</context>
<context>
    <name>cartella::gui::WorkPlacementDialog</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagato il</translation>
    </message>
    <message>
        <source>Set up the tirocinio: where the person is placed, who follows them there, the insurance, the hours and the monthly expense reimbursement.</source>
        <translation>Imposta il tirocinio: dove è inserita la persona, chi la segue sul posto, l&apos;assicurazione, le ore e il rimborso spese mensile.</translation>
    </message>
    <message>
        <source>The tirocinio was not set up before the service started or closed.</source>
        <translation>Il tirocinio non è stato impostato prima dell&apos;avvio o della chiusura della prestazione.</translation>
    </message>
    <message>
        <source>The tirocinio has not been set up yet.</source>
        <translation>Il tirocinio non è ancora stato impostato.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Host organisation: %1
Tutor: %2
Insurance policy: %3
Hours per week: %4
Monthly reimbursement: %5</source>
        <translation>Soggetto ospitante: %1
Tutor: %2
Polizza assicurativa: %3
Ore settimanali: %4
Rimborso spese mensile: %5</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>non pagato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write the monthly reimbursement in euro, e.g. 500,00.</source>
        <translation>Scrivi il rimborso spese mensile in euro, per esempio 500,00.</translation>
    </message>
    <message>
        <source>The tirocinio is set up.</source>
        <translation>Il tirocinio è impostato.</translation>
    </message>
    <message>
        <source>Pay a month of the tirocinio</source>
        <translation>Paga una mensilità del tirocinio</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Pagamento registrato.</translation>
    </message>
</context>
</TS>
