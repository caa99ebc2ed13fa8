<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/texts.py" line="74"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="75"/>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="76"/>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="77"/>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="78"/>
        <source>Screen unlocked</source>
        <translation>Écran déverrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="79"/>
        <source>Failed unlock</source>
        <translation>Échec de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="80"/>
        <source>Account blocked after failed attempts</source>
        <translation>Compte bloqué après des échecs répétés</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="81"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="82"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="83"/>
        <source>Password reset by a supervisor</source>
        <translation>Mot de passe réinitialisé par un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="84"/>
        <source>Account enabled</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="85"/>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="86"/>
        <source>Desk created</source>
        <translation>Guichet créé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="87"/>
        <source>Demo data created</source>
        <translation>Données de démonstration créées</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="88"/>
        <source>Journal verified</source>
        <translation>Journal vérifié</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../ui/pages/agents.py" line="34"/>
        <source>New agent account</source>
        <translation>Nouveau compte d&apos;agent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="34"/>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="37"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="38"/>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="39"/>
        <source>Lower-case letters, digits, dot or hyphen, for example “cmartin”.</source>
        <translation>Lettres minuscules, chiffres, point ou tiret, par exemple «&#xa0;cmartin&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="40"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="45"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="46"/>
        <source>At least 8 characters. The agent can change it after signing in.</source>
        <translation>Au moins 8 caractères. L&apos;agent pourra le changer après s&apos;être connecté.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="47"/>
        <source>Con&amp;firm the password</source>
        <translation>Con&amp;firmer le mot de passe</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../ui/pages/agents.py" line="75"/>
        <location filename="../../ui/pages/agents.py" line="77"/>
        <source>Agent accounts</source>
        <translation>Comptes des agents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="76"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="76"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="76"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="76"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="83"/>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="84"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="85"/>
        <location filename="../../ui/pages/agents.py" line="136"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="123"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="125"/>
        <source>Blocked until {time}</source>
        <translation>Bloqué jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="126"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="136"/>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="156"/>
        <source>Disable an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agents.py" line="157"/>
        <source>Disable the account of {name}? They will no longer be able to sign in. The account stays in the journal.</source>
        <translation>Désactiver le compte de {name}&#xa0;? Cette personne ne pourra plus se connecter. Le compte reste cité dans le journal.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/password.py" line="19"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="21"/>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="22"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="23"/>
        <source>At least 8 characters. A sentence of several words is easy to remember and strong.</source>
        <translation>Au moins 8 caractères. Une phrase de plusieurs mots est facile à retenir et solide.</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="24"/>
        <source>Con&amp;firm the new password</source>
        <translation>Con&amp;firmer le nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Something went wrong in Frontdesk. What is on screen has been kept: you can go on working.</source>
        <translation>Un problème est survenu dans Frontdesk. Ce qui est à l&apos;écran a été conservé&#xa0;: vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>If it happens again, tell your IT contact. Technical details are in the log file.</source>
        <translation>Si cela se reproduit, prévenez votre contact informatique. Les détails techniques sont dans le fichier journal technique.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../ui/access.py" line="106"/>
        <source>Welcome to Frontdesk</source>
        <translation>Bienvenue dans Frontdesk</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="107"/>
        <source>This computer has no desk yet. Name the desk and create the first supervisor account: it will then create the accounts of the other agents. Each person has their own account.</source>
        <translation>Cet ordinateur n&apos;a pas encore de guichet. Nommez le guichet et créez le premier compte responsable&#xa0;: il créera ensuite les comptes des autres agents. Chaque personne a son propre compte.</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="110"/>
        <source>Desk &amp;name</source>
        <translation>&amp;Nom du guichet</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="111"/>
        <source>Reference &amp;prefix</source>
        <translation>&amp;Préfixe des références</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="112"/>
        <source>For example “ADM-A1”: the commune&apos;s code, then the desk&apos;s. Printed at the start of every reference this desk issues.</source>
        <translation>Par exemple «&#xa0;ADM-A1&#xa0;»&#xa0;: le code de la commune, puis celui du guichet. Imprimé au début de chaque référence émise par ce guichet.</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="114"/>
        <source>&amp;Commune</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="115"/>
        <source>Your &amp;full name</source>
        <translation>Vo&amp;tre nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="116"/>
        <source>Your &amp;login</source>
        <translation>Votre &amp;identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="117"/>
        <source>Lower-case letters, digits, dot or hyphen, for example “cmartin”.</source>
        <translation>Lettres minuscules, chiffres, point ou tiret, par exemple «&#xa0;cmartin&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="118"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="119"/>
        <source>At least 8 characters. A sentence of several words is easy to remember and strong.</source>
        <translation>Au moins 8 caractères. Une phrase de plusieurs mots est facile à retenir et solide.</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="120"/>
        <source>Con&amp;firm the password</source>
        <translation>Con&amp;firmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="121"/>
        <source>Create the desk and my account</source>
        <translation>Créer le guichet et mon compte</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="32"/>
        <source>This desk</source>
        <translation>Ce guichet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="33"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="34"/>
        <source>Today&apos;s activity</source>
        <translation>Activité du jour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="45"/>
        <source>Today, {date}</source>
        <translation>Aujourd&apos;hui, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="47"/>
        <source>Hello {name} ({role}).</source>
        <translation>Bonjour {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="52"/>
        <source>Commune: {commune}</source>
        <translation>Commune&#xa0;: {commune}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="53"/>
        <source>Reference prefix: {prefix}</source>
        <translation>Préfixe des références&#xa0;: {prefix}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="54"/>
        <source>Demo mode: fictitious data</source>
        <translation>Mode démonstration&#xa0;: données fictives</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="54"/>
        <source>Live data</source>
        <translation>Données réelles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="67"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="69"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="69"/>
        <source>Online procedures can be sent now.</source>
        <translation>Les démarches en ligne peuvent être envoyées maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="71"/>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="72"/>
        <source>Everything else keeps working: residents, visits, forms and printing. What must be sent will wait until the network is back.</source>
        <translation>Tout le reste fonctionne&#xa0;: usagers, passages, formulaires et impressions. Ce qui doit être envoyé attendra le retour du réseau.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="92"/>
        <source>Agents signed in at this desk today: {n}</source>
        <translation>Agents connectés à ce guichet aujourd&apos;hui&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="93"/>
        <source>Recorded operations today: {n}</source>
        <translation>Opérations enregistrées aujourd&apos;hui&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="94"/>
        <source>Residents registered today: {n}</source>
        <translation>Usagers enregistrés aujourd&apos;hui&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="95"/>
        <source>Residents known to the desk: {n}</source>
        <translation>Usagers connus du guichet&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="96"/>
        <source>Active agent accounts: {n}</source>
        <translation>Comptes d&apos;agents actifs&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ui/pages/journal.py" line="33"/>
        <source>Journal of operations</source>
        <translation>Journal des opérations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="35"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="35"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="35"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="35"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="35"/>
        <source>Concerning</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="36"/>
        <source>Latest operations</source>
        <translation>Dernières opérations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="41"/>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="42"/>
        <source>Check that no entry of the journal was modified, deleted or moved.</source>
        <translation>Vérifier qu&apos;aucune entrée du journal n&apos;a été modifiée, supprimée ou déplacée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="71"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="80"/>
        <source>Verifying…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="93"/>
        <source>✔ Journal intact: {n} entries checked.</source>
        <translation>✔ Journal intègre&#xa0;: {n} entrées vérifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="96"/>
        <source>✘ Journal altered: first faulty entry No. {seq} ({problem}).</source>
        <translation>✘ Journal altéré&#xa0;: première entrée en défaut n°&#xa0;{seq} ({problem}).</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/access.py" line="234"/>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="238"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="239"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="243"/>
        <source>Change agent</source>
        <translation>Changer d&apos;agent</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="244"/>
        <source>Sign out the locked session and let another agent sign in.</source>
        <translation>Fermer la session verrouillée et laisser un autre agent se connecter.</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="252"/>
        <source>Locked by {name}. Type your password to go back to your work.</source>
        <translation>Verrouillé par {name}. Tapez votre mot de passe pour reprendre votre travail.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="161"/>
        <source>Frontdesk — assisted desk</source>
        <translation>Frontdesk — guichet assisté</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>DEMO</source>
        <translation>DÉMONSTRATION</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="169"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="170"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="171"/>
        <source>&amp;Change agent</source>
        <translation>&amp;Changer d&apos;agent</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="173"/>
        <source>Change my &amp;password…</source>
        <translation>Changer mon mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="178"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="180"/>
        <source>Go to page {n}</source>
        <translation>Aller à la page {n}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="184"/>
        <source>Check the &amp;network now</source>
        <translation>Vérifier le &amp;réseau maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="209"/>
        <source>Network: checking…</source>
        <translation>Réseau&#xa0;: vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="211"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="211"/>
        <source>The online procedures platform answers.</source>
        <translation>La plateforme des démarches en ligne répond.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="213"/>
        <source>○ Offline — work continues</source>
        <translation>○ Hors ligne — le travail continue</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="214"/>
        <source>The online procedures platform does not answer. Everything else keeps working.</source>
        <translation>La plateforme des démarches en ligne ne répond pas. Tout le reste fonctionne.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="222"/>
        <source>Desk: {name} ({prefix})</source>
        <translation>Guichet&#xa0;: {name} ({prefix})</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="224"/>
        <source>Agent: {name} — {role}</source>
        <translation>Agent&#xa0;: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="226"/>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/texts.py" line="16"/>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="17"/>
        <source>Too many failed attempts: this account is blocked until {until}. A supervisor can unblock it by resetting the password.</source>
        <translation>Trop d&apos;essais infructueux&#xa0;: ce compte est bloqué jusqu&apos;à {until}. Un responsable peut le débloquer en réinitialisant le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="20"/>
        <source>This account is disabled. Ask a supervisor.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="21"/>
        <source>Only a supervisor can do this.</source>
        <translation>Seul un responsable peut faire cela.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="22"/>
        <source>The setting “{key}” (read from {source}) has a wrong value: “{value}”. Expected: {expected_text}.</source>
        <translation>Le réglage «&#xa0;{key}&#xa0;» (lu dans {source}) a une valeur incorrecte&#xa0;: «&#xa0;{value}&#xa0;». Attendu&#xa0;: {expected_text}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="25"/>
        <source>The settings file {path} cannot be read: {detail}</source>
        <translation>Le fichier de réglages {path} est illisible&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="26"/>
        <source>The database was created by a newer version of Frontdesk (revision {revision}). Please update the application.</source>
        <translation>La base de données a été créée par une version plus récente de Frontdesk (révision {revision}). Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="29"/>
        <source>The database update left {count} broken reference(s); a backup was made before the update.</source>
        <translation>La mise à jour de la base a laissé {count} référence(s) incohérente(s)&#xa0;; une sauvegarde avait été faite avant.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="31"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>Impossible d&apos;ouvrir la base de données&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="32"/>
        <source>The desk prefix must be 1 to 6 capital letters or digits, optionally followed by a hyphen and 1 to 4 more (for example “ADM-A1”).</source>
        <translation>Le préfixe du guichet doit faire 1 à 6 lettres majuscules ou chiffres, suivis si besoin d&apos;un tiret et de 1 à 4 autres (par exemple «&#xa0;ADM-A1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="35"/>
        <source>The prefix “{prefix}” is already used by another desk.</source>
        <translation>Le préfixe «&#xa0;{prefix}&#xa0;» est déjà utilisé par un autre guichet.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="36"/>
        <source>The login must be 2 to 32 characters: lower-case letters, digits, dot, hyphen or underscore.</source>
        <translation>L&apos;identifiant doit faire 2 à 32 caractères&#xa0;: lettres minuscules, chiffres, point, tiret ou tiret bas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="38"/>
        <source>The name must be 2 to 120 characters.</source>
        <translation>Le nom doit faire 2 à 120 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="39"/>
        <source>The login “{login}” already exists.</source>
        <translation>L&apos;identifiant «&#xa0;{login}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="40"/>
        <source>A first supervisor account already exists.</source>
        <translation>Un premier compte responsable existe déjà.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="41"/>
        <source>This account does not exist.</source>
        <translation>Ce compte n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="42"/>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="43"/>
        <source>The password must have at least {min} characters.</source>
        <translation>Le mot de passe doit contenir au moins {min} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="44"/>
        <source>The password must have at most {max} characters.</source>
        <translation>Le mot de passe doit contenir au plus {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="45"/>
        <source>This password is too common.</source>
        <translation>Ce mot de passe est trop courant.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="46"/>
        <source>The password must not contain your login or your name.</source>
        <translation>Le mot de passe ne doit contenir ni votre identifiant ni votre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="47"/>
        <source>The password must have at least {min} different characters.</source>
        <translation>Le mot de passe doit contenir au moins {min} caractères différents.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="48"/>
        <source>This password is too weak: make it longer (a sentence of several words is fine) or mix capitals, digits and special characters.</source>
        <translation>Mot de passe trop faible&#xa0;: allongez-le (une phrase de plusieurs mots convient) ou mélangez majuscules, chiffres et caractères spéciaux.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="51"/>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="55"/>
        <source>a database address “sqlite:///path/file.sqlite3” or “postgresql://user@host:port/base”</source>
        <translation>une adresse de base de données «&#xa0;sqlite:///chemin/fichier.sqlite3&#xa0;» ou «&#xa0;postgresql://utilisateur@hôte:port/base&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="57"/>
        <source>a whole number from {min} to {max}</source>
        <translation>un nombre entier de {min} à {max}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="58"/>
        <source>one of DEBUG, INFO, WARNING, ERROR</source>
        <translation>l&apos;une des valeurs DEBUG, INFO, WARNING, ERROR</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="59"/>
        <source>a text of 1 to 80 characters</source>
        <translation>un texte de 1 à 80 caractères</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="60"/>
        <source>1 to 6 capital letters or digits, optionally followed by a hyphen and 1 to 4 more, for example “ADM” or “ADM-A1”</source>
        <translation>1 à 6 lettres majuscules ou chiffres, suivis si besoin d&apos;un tiret et de 1 à 4 autres, par exemple «&#xa0;ADM&#xa0;» ou «&#xa0;ADM-A1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="63"/>
        <source>a web address starting with https:// or http://</source>
        <translation>une adresse web commençant par https:// ou http://</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="64"/>
        <source>a number of seconds above 0 and at most 300</source>
        <translation>un nombre de secondes supérieur à 0 et au plus égal à 300</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="92"/>
        <source>its content was modified</source>
        <translation>son contenu a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="93"/>
        <source>an entry was deleted</source>
        <translation>une entrée a été supprimée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="94"/>
        <source>the chain is broken: an entry was deleted or moved</source>
        <translation>le chaînage est rompu&#xa0;: une entrée a été supprimée ou déplacée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="116"/>
        <source>Unexpected error ({code}).</source>
        <translation>Erreur inattendue ({code}).</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../ui/access.py" line="93"/>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="93"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="96"/>
        <source>Frontdesk cannot start</source>
        <translation>Frontdesk ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="97"/>
        <source>Nothing was changed. Tell your IT contact; the details are in the log file.</source>
        <translation>Rien n&apos;a été modifié. Prévenez votre contact informatique&#xa0;; les détails sont dans le fichier journal technique.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/texts.py" line="68"/>
        <source>Front-desk agent</source>
        <translation>Agent d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="69"/>
        <source>Digital mediator</source>
        <translation>Médiateur numérique</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="70"/>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/access.py" line="162"/>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="163"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="164"/>
        <location filename="../../ui/access.py" line="189"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="176"/>
        <source>Demo mode: fictitious accounts</source>
        <translation>Mode démonstration&#xa0;: comptes fictifs</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="178"/>
        <source>{name} ({role}): login “{login}”, password “{password}”</source>
        <translation>{name} ({role})&#xa0;: identifiant «&#xa0;{login}&#xa0;», mot de passe «&#xa0;{password}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="189"/>
        <source>Desk: {desk}</source>
        <translation>Guichet&#xa0;: {desk}</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="197"/>
        <source>Type your login and your password.</source>
        <translation>Tapez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="221"/>
        <source>{n} attempt(s) left before the account is blocked for 5 minutes.</source>
        <translation>Encore {n} essai(s) avant que le compte soit bloqué pendant 5 minutes.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/__main__.py" line="52"/>
        <source>Frontdesk cannot start</source>
        <translation>Frontdesk ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="67"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="77"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="78"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="79"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
</context>
</TS>
