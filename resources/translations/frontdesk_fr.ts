<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessLogPage</name>
    <message>
        <location filename="../../ui/pages/access_log.py" line="46"/>
        <source>Access to residents&apos; files</source>
        <translation>Consultations des fiches des usagers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="49"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="50"/>
        <location filename="../../ui/pages/access_log.py" line="96"/>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="51"/>
        <source>&amp;Agent:</source>
        <translation>A&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="53"/>
        <location filename="../../ui/pages/access_log.py" line="76"/>
        <source>Resident</source>
        <translation>Usager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="54"/>
        <source>Part of the resident&apos;s name</source>
        <translation>Une partie du nom de l&apos;usager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="56"/>
        <source>&amp;Resident:</source>
        <translation>Usag&amp;er&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="60"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="60"/>
        <source>To (included)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="66"/>
        <source>&amp;Dates:</source>
        <translation>Da&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="70"/>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="76"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="76"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="76"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="77"/>
        <source>Accesses</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="126"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="127"/>
        <source>(anonymised)</source>
        <translation>(anonymisé)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/access_log.py" line="130"/>
        <source>{n} accesses.</source>
        <translation>{n} consultation(s).</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/texts.py" line="284"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="285"/>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="286"/>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="287"/>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="288"/>
        <source>Screen unlocked</source>
        <translation>Écran déverrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="289"/>
        <source>Failed unlock</source>
        <translation>Échec de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="290"/>
        <source>Account blocked after failed attempts</source>
        <translation>Compte bloqué après des échecs répétés</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="291"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="292"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="293"/>
        <source>Password reset by a supervisor</source>
        <translation>Mot de passe réinitialisé par un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="294"/>
        <source>Account enabled</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="295"/>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="296"/>
        <source>Desk created</source>
        <translation>Guichet créé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="297"/>
        <source>Demo data created</source>
        <translation>Données de démonstration créées</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="298"/>
        <source>Démarche Numérique form stored</source>
        <translation>Formulaire Démarche Numérique enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="299"/>
        <source>Démarche Numérique form changed (new revision)</source>
        <translation>Formulaire Démarche Numérique modifié (nouvelle révision)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="300"/>
        <source>Changes of a Démarche Numérique form reviewed</source>
        <translation>Modifications d&apos;un formulaire Démarche Numérique vues</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="301"/>
        <source>Démarche Numérique administrator token saved</source>
        <translation>Jeton administrateur Démarche Numérique enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="302"/>
        <source>Démarche Numérique administrator token forgotten</source>
        <translation>Jeton administrateur Démarche Numérique oublié</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="303"/>
        <source>Journal verified</source>
        <translation>Journal vérifié</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="304"/>
        <source>Resident registered</source>
        <translation>Usager enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="305"/>
        <source>Resident&apos;s file updated</source>
        <translation>Fiche usager modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="306"/>
        <source>Duplicate files merged</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="307"/>
        <source>Merge undone</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="308"/>
        <source>Visit started</source>
        <translation>Passage commencé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="309"/>
        <source>Visit finished</source>
        <translation>Passage terminé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="310"/>
        <source>Visit recorded</source>
        <translation>Passage enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="311"/>
        <source>Consent recorded</source>
        <translation>Consentement recueilli</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="312"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="313"/>
        <source>Digital needs assessed</source>
        <translation>Besoins numériques évalués</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="314"/>
        <source>Procedure started (draft)</source>
        <translation>Démarche commencée (brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="315"/>
        <source>Consent to act on the person&apos;s behalf recorded</source>
        <translation>Consentement pour agir au nom de la personne noté</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="316"/>
        <source>Papers of a procedure noted</source>
        <translation>Pièces d&apos;une démarche notées</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="317"/>
        <source>Draft procedure discarded</source>
        <translation>Brouillon de démarche abandonné</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="318"/>
        <source>Procedure registered</source>
        <translation>Démarche enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="319"/>
        <source>Procedure on a national site recorded</source>
        <translation>Démarche sur un site national notée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="320"/>
        <source>Papers received for a procedure</source>
        <translation>Pièces reçues pour une démarche</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="321"/>
        <source>Decision on a procedure recorded</source>
        <translation>Décision sur une démarche enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="322"/>
        <source>Procedure queued for Démarche Numérique</source>
        <translation>Démarche mise en attente d&apos;envoi à Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="323"/>
        <source>Prefilled dossier created on Démarche Numérique</source>
        <translation>Dossier prérempli créé sur Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="324"/>
        <source>Démarche Numérique dossier changed state</source>
        <translation>Changement d&apos;état d&apos;un dossier Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="325"/>
        <source>Link of a Démarche Numérique dossier opened or copied</source>
        <translation>Lien d&apos;un dossier Démarche Numérique ouvert ou copié</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="326"/>
        <source>Démarche Numérique dossier detail updated</source>
        <translation>Détail d&apos;un dossier Démarche Numérique mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="327"/>
        <source>Assistance receipt of a Démarche Numérique dossier</source>
        <translation>Récépissé d&apos;accompagnement d&apos;un dossier Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="328"/>
        <source>Document issued</source>
        <translation>Document émis</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="329"/>
        <source>Duplicate printed</source>
        <translation>Duplicata imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="330"/>
        <source>Digital needs consulted</source>
        <translation>Besoins numériques consultés</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="331"/>
        <source>Resident&apos;s data exported</source>
        <translation>Données de l&apos;usager exportées</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="332"/>
        <source>Resident anonymised (erasure)</source>
        <translation>Usager anonymisé (effacement)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="333"/>
        <source>Objection received</source>
        <translation>Opposition reçue</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="334"/>
        <source>Objection decided</source>
        <translation>Opposition tranchée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="335"/>
        <source>Retention purge</source>
        <translation>Purge des durées de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="336"/>
        <source>Encryption key replaced</source>
        <translation>Clé de chiffrement remplacée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="354"/>
        <source>Sending marked as done by a supervisor</source>
        <translation>Envoi déclaré fait par un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="355"/>
        <source>Sending abandoned</source>
        <translation>Envoi abandonné</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="356"/>
        <source>Sent again at a supervisor&apos;s request</source>
        <translation>Renvoyé à la demande d&apos;un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="357"/>
        <source>Corrected and sent again</source>
        <translation>Corrigé et renvoyé</translation>
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
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="55"/>
        <source>Digital needs of {name}</source>
        <translation>Besoins numériques de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="58"/>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="60"/>
        <source>&amp;Internet access at home</source>
        <translation>Accès à &amp;internet au domicile</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="61"/>
        <source>Has an e-mail &amp;account</source>
        <translation>A une &amp;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="62"/>
        <source>Has a &amp;FranceConnect login</source>
        <translation>A un identifiant &amp;FranceConnect</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="63"/>
        <source>Au&amp;tonomy</source>
        <translation>Au&amp;tonomie</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="64"/>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="67"/>
        <source>Other difficulties</source>
        <translation>Autres difficultés</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="70"/>
        <source>Health, language or reading (needs the resident&apos;s explicit consent)</source>
        <translation>Santé, langue ou lecture (consentement explicite de l&apos;usager nécessaire)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="76"/>
        <source>&amp;Referred to</source>
        <translation>&amp;Orienté vers</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="77"/>
        <source>— not referred —</source>
        <translation>— pas d&apos;orientation —</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="80"/>
        <source>Next re&amp;view</source>
        <translation>Prochaine &amp;revue</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="80"/>
        <source>dd/mm/yyyy, optional.</source>
        <translation>jj/mm/aaaa, facultatif.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="93"/>
        <source>Only mediators and supervisors note these difficulties.</source>
        <translation>Seuls les médiateurs et les responsables notent ces difficultés.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="95"/>
        <source>Consent recorded: these difficulties can be noted.</source>
        <translation>Consentement recueilli&#xa0;: ces difficultés peuvent être notées.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="96"/>
        <source>No consent recorded: these boxes stay empty. Record the consent from the file first.</source>
        <translation>Aucun consentement recueilli&#xa0;: ces cases restent vides. Recueillez d&apos;abord le consentement depuis la fiche.</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../../ui/browser.py" line="205"/>
        <source>Opened in a private window of {browser}. At the end, the person signs out and closes the window.</source>
        <translation>Ouvert dans une fenêtre privée de {browser}. À la fin, la personne se déconnecte et ferme la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="209"/>
        <source>Opened in a normal window of the browser, not a private one: Frontdesk cannot open a private window with this browser. For one, use &quot;Copy the link&quot; and paste it into a private window. At the end, the person signs out and closes the browser.</source>
        <translation>Ouvert dans une fenêtre normale du navigateur, pas une fenêtre privée&#xa0;: Frontdesk ne sait pas ouvrir de fenêtre privée avec ce navigateur. Pour en avoir une, cliquez sur «&#xa0;Copier le lien&#xa0;» et collez-le dans une fenêtre privée. À la fin, la personne se déconnecte et ferme le navigateur.</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="213"/>
        <source>The browser did not open. Copy the link and paste it into a browser.</source>
        <translation>Le navigateur ne s&apos;est pas ouvert. Copiez le lien et collez-le dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>CatalogueProblems</name>
    <message>
        <location filename="../../ui/texts.py" line="536"/>
        <source>the file cannot be read (TOML syntax or encoding)</source>
        <translation>fichier illisible (syntaxe TOML ou encodage)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="537"/>
        <source>the file is too large</source>
        <translation>fichier trop volumineux</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="538"/>
        <source>a required entry is missing or empty</source>
        <translation>une rubrique obligatoire manque ou est vide</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="539"/>
        <source>an entry has the wrong kind of value</source>
        <translation>une rubrique a une valeur du mauvais type</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="540"/>
        <source>unknown entry (a typo?)</source>
        <translation>rubrique inconnue (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="541"/>
        <source>invalid identifier</source>
        <translation>identifiant incorrect</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="542"/>
        <source>the source must be “local” or “external”</source>
        <translation>la source doit être «&#xa0;local&#xa0;» ou «&#xa0;external&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="543"/>
        <source>unknown procedure category</source>
        <translation>catégorie de démarche inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="544"/>
        <source>unknown field type</source>
        <translation>type de champ inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="545"/>
        <source>the same identifier is used twice</source>
        <translation>le même identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="546"/>
        <source>another procedure already has this identifier</source>
        <translation>une autre démarche porte déjà cet identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="547"/>
        <source>the display condition names an unknown or later field, or an unknown answer, operator or value</source>
        <translation>la condition d&apos;affichage désigne un champ inconnu ou placé après, ou bien une réponse, un opérateur ou une valeur inconnus</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="550"/>
        <source>a choice needs its list of answers</source>
        <translation>un choix doit avoir sa liste de réponses</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="551"/>
        <source>answers must differ and “autre” is written with allow_other</source>
        <translation>les réponses doivent être différentes, et «&#xa0;autre&#xa0;» s&apos;indique avec allow_other</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="553"/>
        <source>the minimum is above the maximum</source>
        <translation>le minimum dépasse le maximum</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="554"/>
        <source>a repeated group cannot contain another one</source>
        <translation>un groupe répété ne peut pas en contenir un autre</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="555"/>
        <source>this kind of field cannot be required</source>
        <translation>ce type de champ ne peut pas être obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="556"/>
        <source>the meaning of silence must be “acceptance”, “rejection” or “none”</source>
        <translation>le sens du silence doit être «&#xa0;acceptance&#xa0;», «&#xa0;rejection&#xa0;» ou «&#xa0;none&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="558"/>
        <source>the implicit-decision delay is missing or out of range</source>
        <translation>le délai de décision implicite manque ou est hors limites</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="560"/>
        <source>the web address must start with https://</source>
        <translation>l&apos;adresse web doit commencer par https://</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="561"/>
        <source>the service&apos;s e-mail address is not valid</source>
        <translation>l&apos;adresse électronique du service n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="562"/>
        <source>the service&apos;s phone number is not valid</source>
        <translation>le numéro de téléphone du service n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="563"/>
        <source>the service&apos;s postal code is not valid</source>
        <translation>le code postal du service n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="564"/>
        <source>this entry is only for national sites</source>
        <translation>cette rubrique est réservée aux sites nationaux</translation>
    </message>
</context>
<context>
    <name>CatalogueProblemsView</name>
    <message>
        <location filename="../../ui/catalogue_problems.py" line="23"/>
        <source>Procedure catalogue</source>
        <translation>Catalogue des démarches</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_problems.py" line="27"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_problems.py" line="27"/>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_problems.py" line="28"/>
        <source>Entry</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_problems.py" line="28"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_problems.py" line="29"/>
        <source>Problems of the catalogue</source>
        <translation>Problèmes du catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_problems.py" line="36"/>
        <source>{loaded} procedures available. {count} problem(s): the definitions below were left out until they are corrected.</source>
        <translation>{loaded} démarches disponibles. {count} problème(s)&#xa0;: les définitions ci-dessous sont écartées jusqu&apos;à leur correction.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_problems.py" line="39"/>
        <source>{loaded} procedures available. No problem found.</source>
        <translation>{loaded} démarches disponibles. Aucun problème.</translation>
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
    <name>ConsentStep</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="353"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="354"/>
        <source>Consent to act on the person&apos;s behalf</source>
        <translation>Consentement pour agir au nom de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="357"/>
        <source>You are going to fill in this request for the person, in their name. Ask them whether they agree, and record their answer: who agreed and how. This is asked for every procedure, anonymous ones included. Never ask for or note their passwords.</source>
        <translation>Vous allez remplir cette demande pour la personne, en son nom. Demandez-lui si elle est d&apos;accord et notez sa réponse&#xa0;: qui a donné son accord, et comment. Cette question se pose pour chaque démarche, même sans nom. Ne demandez et ne notez jamais ses mots de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="362"/>
        <source>Who agrees:</source>
        <translation>Qui donne son accord&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="364"/>
        <source>The resident &amp;themselves</source>
        <translation>L&apos;usager &amp;lui-même</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="365"/>
        <source>Their legal &amp;representative (guardian, curator…)</source>
        <translation>Son &amp;représentant légal (tuteur, curateur…)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="366"/>
        <source>The &amp;person present (no name recorded)</source>
        <translation>La personne présente (sans &amp;nom enregistré)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="371"/>
        <source>How:</source>
        <translation>Comment&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="372"/>
        <source>&amp;Orally, at the desk</source>
        <translation>À l&apos;&amp;oral, au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="373"/>
        <source>In &amp;writing (signed form)</source>
        <translation>Par é&amp;crit (formulaire signé)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="378"/>
        <source>The person &amp;agrees that I act on their behalf for this procedure</source>
        <translation>La personne est d&apos;&amp;accord pour que j&apos;agisse en son nom pour cette démarche</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="398"/>
        <source>Without the person&apos;s agreement you cannot act for them: tick the box once they agree, or close the wizard.</source>
        <translation>Sans l&apos;accord de la personne, vous ne pouvez pas agir pour elle&#xa0;: cochez la case quand elle est d&apos;accord, ou fermez l&apos;assistant.</translation>
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
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/decision_dialog.py" line="29"/>
        <source>Decision for {reference}</source>
        <translation>Décision pour {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.py" line="35"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.py" line="36"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.py" line="40"/>
        <source>&amp;Day of the decision:</source>
        <translation>&amp;Jour de la décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.py" line="42"/>
        <source>The date on the service&apos;s letter, or the day the person withdrew</source>
        <translation>La date du courrier du service, ou le jour où la personne a retiré sa demande</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.py" line="53"/>
        <source>Choose the outcome.</source>
        <translation>Choisissez la réponse.</translation>
    </message>
</context>
<context>
    <name>DemarcheForms</name>
    <message>
        <location filename="../../ui/demarche_forms.py" line="50"/>
        <source>⚠ New version of a Démarche Numérique form, changes to read before filling it: {titles}</source>
        <translation>⚠ Nouvelle version d&apos;un formulaire Démarche Numérique, changements à lire avant de le remplir&#xa0;: {titles}</translation>
    </message>
</context>
<context>
    <name>DemarcheFormsDialog</name>
    <message>
        <location filename="../../ui/demarche_forms.py" line="66"/>
        <location filename="../../ui/demarche_forms.py" line="68"/>
        <location filename="../../ui/demarche_forms.py" line="75"/>
        <source>Démarche Numérique forms</source>
        <translation>Formulaires Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="70"/>
        <source>The forms this desk can fill, also without network. When Démarche Numérique publishes a new version of a form, its changes are listed here until someone marks them as seen.</source>
        <translation>Les formulaires que ce guichet sait remplir, même sans réseau. Quand Démarche Numérique publie une nouvelle version d&apos;un formulaire, ses changements sont listés ici jusqu&apos;à ce que quelqu&apos;un les marque comme vus.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="74"/>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="74"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="74"/>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="75"/>
        <source>Changes to read</source>
        <translation>Changements à lire</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="78"/>
        <source>Changes of the selected form</source>
        <translation>Changements du formulaire choisi</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="83"/>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="84"/>
        <source>Ask Démarche Numérique for the latest version of every form</source>
        <translation>Demander à Démarche Numérique la dernière version de chaque formulaire</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="85"/>
        <source>&amp;Mark the changes as seen</source>
        <translation>&amp;Marquer les changements comme vus</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="95"/>
        <source>Administrator &amp;token…</source>
        <translation>&amp;Jeton administrateur…</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="96"/>
        <source>Follow the dossiers in detail with the town hall&apos;s administrator token</source>
        <translation>Suivre les dossiers en détail avec le jeton administrateur de la mairie</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="125"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="129"/>
        <source>This desk knows no Démarche Numérique form yet.</source>
        <translation>Ce guichet ne connaît encore aucun formulaire Démarche Numérique.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="146"/>
        <source>Version checked with Démarche Numérique on {at}.</source>
        <translation>Version vérifiée auprès de Démarche Numérique le {at}.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="149"/>
        <source>Changes since the previous version:</source>
        <translation>Changements depuis la version précédente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="151"/>
        <source>No change to read.</source>
        <translation>Aucun changement à lire.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="167"/>
        <source>Changes of « {title} » marked as seen.</source>
        <translation>Changements de «&#xa0;{title}&#xa0;» marqués comme vus.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="176"/>
        <source>Asking Démarche Numérique…</source>
        <translation>Interrogation de Démarche Numérique…</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="196"/>
        <source>{n} form(s) checked, {changed} with a new version.</source>
        <translation>{n} formulaire(s) vérifié(s), dont {changed} avec une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="199"/>
        <source>{n} could not be checked (network or platform unavailable): the version kept on this desk is used meanwhile.</source>
        <translation>{n} n&apos;a (n&apos;ont) pas pu être vérifié(s) (réseau ou plateforme indisponible)&#xa0;: la version gardée sur ce guichet sert en attendant.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="202"/>
        <source>{n} new version(s) could not be read by the desk: the previous version is kept; see the log.</source>
        <translation>{n} nouvelle(s) version(s) illisible(s) pour le guichet&#xa0;: la version précédente est gardée&#xa0;; voir le journal technique.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="216"/>
        <source>Detailed tracking (administrator token): saved on this computer.</source>
        <translation>Suivi détaillé (jeton administrateur)&#xa0;: enregistré sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="218"/>
        <source>Detailed tracking (administrator token): none; only the public tracking is used.</source>
        <translation>Suivi détaillé (jeton administrateur)&#xa0;: aucun jeton&#xa0;; seul le suivi public est utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="247"/>
        <source>Token forgotten: only the public tracking is used from now on.</source>
        <translation>Jeton oublié&#xa0;: seul le suivi public est utilisé désormais.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="236"/>
        <source>Token saved. Démarche Numérique accepts it (démarche No. {number}).</source>
        <translation>Jeton enregistré. Démarche Numérique l&apos;accepte (démarche n°&#xa0;{number}).</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="239"/>
        <source>Token saved. It will be used as soon as the desk knows a Démarche Numérique form.</source>
        <translation>Jeton enregistré. Il servira dès que le guichet connaîtra un formulaire Démarche Numérique.</translation>
    </message>
    <message>
        <location filename="../../ui/demarche_forms.py" line="241"/>
        <source>Token saved, but Démarche Numérique did not accept it: {reason}</source>
        <translation>Jeton enregistré, mais Démarche Numérique ne l&apos;a pas accepté&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>DescriptorProblems</name>
    <message>
        <location filename="../../ui/texts.py" line="186"/>
        <source>it is not JSON</source>
        <translation>ce n&apos;est pas du JSON</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="187"/>
        <source>the content does not describe a procedure</source>
        <translation>le contenu ne décrit pas une démarche</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="188"/>
        <source>the procedure number is missing</source>
        <translation>le numéro de la démarche manque</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="189"/>
        <source>the form&apos;s revision and its fields are missing</source>
        <translation>la révision du formulaire et ses champs manquent</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="190"/>
        <source>a field has no identifier or no type</source>
        <translation>un champ n&apos;a pas d&apos;identifiant ou pas de type</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="191"/>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../ui/document_preview.py" line="58"/>
        <source>{kind} No. {number}</source>
        <translation>{kind} n° {number}</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="60"/>
        <source>duplicate</source>
        <translation>duplicata</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="72"/>
        <source>Preview of the document</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="87"/>
        <source>P&amp;rinter</source>
        <translation>I&amp;mprimante</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="89"/>
        <source>A4 sheet</source>
        <translation>Feuille A4</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="90"/>
        <source>80 mm receipt roll</source>
        <translation>Ticket (rouleau de 80 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="92"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="93"/>
        <source>&amp;Large print</source>
        <translation>&amp;Gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="95"/>
        <source>16 pt at least, for residents who read better in large print.</source>
        <translation>16 points au moins, pour les personnes qui lisent mieux en gros caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="99"/>
        <source>C&amp;opies</source>
        <translation>E&amp;xemplaires</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="101"/>
        <source>No printer is installed on this computer. Save the document as a PDF file to print it from another computer, or ask your IT department to install a printer.</source>
        <translation>Aucune imprimante n&apos;est installée sur cet ordinateur. Enregistrez le document en PDF pour l&apos;imprimer depuis un autre ordinateur, ou demandez au service informatique d&apos;installer une imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="110"/>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="112"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="113"/>
        <source>&amp;Close</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="147"/>
        <source>The preview cannot be drawn. The document is recorded: try again, or save it as a PDF.</source>
        <translation>L&apos;aperçu ne peut pas être affiché. Le document est enregistré&#xa0;: réessayez, ou enregistrez-le en PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="164"/>
        <source>{pages} page(s)</source>
        <translation>{pages} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="190"/>
        <source>Printing failed: the printer “{printer}” did not take the document. Check that it is on and has paper, then print again; the document stays recorded.</source>
        <translation>L&apos;impression a échoué&#xa0;: l&apos;imprimante «&#xa0;{printer}&#xa0;» n&apos;a pas pris le document. Vérifiez qu&apos;elle est allumée et qu&apos;elle a du papier, puis imprimez à nouveau&#xa0;; le document reste enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="195"/>
        <source>Sent to the printer “{printer}”: {pages} page(s), {copies} copy(ies).</source>
        <translation>Envoyé à l&apos;imprimante «&#xa0;{printer}&#xa0;»&#xa0;: {pages} page(s), {copies} exemplaire(s).</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="206"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="207"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="221"/>
        <source>The PDF could not be saved there ({detail}). Choose another folder.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré à cet endroit ({detail}). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview.py" line="224"/>
        <source>Saved: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/pages/verify.py" line="25"/>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="26"/>
        <source>Assisted procedure receipt</source>
        <translation>Récépissé d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="27"/>
        <source>Certificate of documents handed in</source>
        <translation>Attestation de dépôt de pièces</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="28"/>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="29"/>
        <source>Information notice</source>
        <translation>Notice d&apos;information</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="30"/>
        <source>Follow-up letter</source>
        <translation>Courrier de suivi</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="930"/>
        <location filename="../../ui/dossier_wizard.py" line="931"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="938"/>
        <source>Documents to hand over</source>
        <translation>Documents à remettre</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="940"/>
        <source>&amp;Show and print the selected document</source>
        <translation>Afficher et imprimer le document &amp;choisi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="957"/>
        <location filename="../../ui/dossier_wizard.py" line="989"/>
        <source>Dossier {reference}: {status}.</source>
        <translation>Démarche n°&#xa0;{reference}&#xa0;: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="970"/>
        <source>Implicit decision on {day}.</source>
        <translation>Décision implicite le {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="972"/>
        <source>Papers missing: the file is complete when they arrive.</source>
        <translation>Pièces manquantes&#xa0;: le dossier sera complet à leur arrivée.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="974"/>
        <source>No paper to hand over for this request: the service in charge answers the person directly.</source>
        <translation>Aucun papier à remettre pour cette demande&#xa0;: le service concerné répond directement à la personne.</translation>
    </message>
</context>
<context>
    <name>DossierWizard</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="100"/>
        <location filename="../../ui/dossier_wizard.py" line="1036"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1018"/>
        <source>New assisted procedure</source>
        <translation>Nouvelle démarche assistée</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1032"/>
        <source>Discard the &amp;draft</source>
        <translation>A&amp;bandonner le brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1033"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1034"/>
        <source>Escape. The draft is kept: resume it from the Procedures page.</source>
        <translation>Échap. Le brouillon est gardé&#xa0;: reprenez-le depuis la page Démarches.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1035"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1076"/>
        <source>Resume a draft</source>
        <translation>Reprendre un brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1165"/>
        <source>Procedure registered</source>
        <translation>Démarche enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1178"/>
        <source>Discard the draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="1179"/>
        <source>Throw this draft away with everything typed in it?</source>
        <translation>Jeter ce brouillon et tout ce qui y a été saisi&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <location filename="../../ui/dossier_texts.py" line="22"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="23"/>
        <source>registered, papers missing</source>
        <translation>enregistrée, pièces manquantes</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="24"/>
        <source>registered, complete</source>
        <translation>enregistrée, complète</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="25"/>
        <source>done on the site</source>
        <translation>faite sur le site</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="26"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="27"/>
        <source>on Démarche Numérique</source>
        <translation>sur Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="29"/>
        <source>prefilled, waiting for the person to open it</source>
        <translation>prérempli, en attente d&apos;ouverture par la personne</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="30"/>
        <source>opened by the person, not submitted yet</source>
        <translation>ouvert par la personne, pas encore déposé</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="31"/>
        <source>submitted, being checked</source>
        <translation>déposé, en cours de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="32"/>
        <source>being examined</source>
        <translation>en cours d&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="33"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="34"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="35"/>
        <source>closed without follow-up</source>
        <translation>classé sans suite</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="37"/>
        <source>granted by the service</source>
        <translation>accordée par le service</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="38"/>
        <source>refused by the service</source>
        <translation>refusée par le service</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="39"/>
        <source>withdrawn by the person</source>
        <translation>retirée par la personne</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="43"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="44"/>
        <source>national site</source>
        <translation>site national</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="45"/>
        <source>Démarche Numérique</source>
        <translation>Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="49"/>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="50"/>
        <source>Assistance receipt</source>
        <translation>Récépissé d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="51"/>
        <source>Certificate of papers handed in</source>
        <translation>Attestation de dépôt de pièces</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="55"/>
        <source>the resident</source>
        <translation>l&apos;usager</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="56"/>
        <source>the legal representative</source>
        <translation>le représentant légal</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="57"/>
        <source>the person present</source>
        <translation>la personne présente</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="58"/>
        <source>orally</source>
        <translation>à l&apos;oral</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="59"/>
        <source>in writing</source>
        <translation>par écrit</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="63"/>
        <source>The person&apos;s consent is not recorded yet.</source>
        <translation>Le consentement de la personne n&apos;est pas encore noté.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="64"/>
        <source>Some answers are missing or wrong: see the messages in the form.</source>
        <translation>Des réponses manquent ou sont fausses&#xa0;: voyez les messages dans le formulaire.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="65"/>
        <source>This dossier was already submitted: it cannot change any more.</source>
        <translation>Ce dossier a déjà été déposé&#xa0;: il ne peut plus changer.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="66"/>
        <source>This draft belongs to another procedure.</source>
        <translation>Ce brouillon appartient à une autre démarche.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="67"/>
        <source>An answer could not be saved. Please check the form.</source>
        <translation>Une réponse n&apos;a pas pu être enregistrée. Vérifiez le formulaire.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="68"/>
        <source>The answers are too long to be saved.</source>
        <translation>Les réponses sont trop longues pour être enregistrées.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="69"/>
        <source>This procedure is not one of the commune&apos;s.</source>
        <translation>Cette démarche n&apos;est pas une démarche de la commune.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="70"/>
        <source>This procedure is not done on a national site.</source>
        <translation>Cette démarche ne se fait pas sur un site national.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="71"/>
        <source>This dossier is not waiting for papers.</source>
        <translation>Ce dossier n&apos;attend pas de pièces.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="72"/>
        <source>Tick at least one paper received.</source>
        <translation>Cochez au moins une pièce reçue.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="73"/>
        <source>This procedure is not a Démarche Numérique one.</source>
        <translation>Cette démarche n&apos;est pas une démarche de Démarche Numérique.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="74"/>
        <source>The dossier has not reached Démarche Numérique yet: its link comes when it is sent.</source>
        <translation>Le dossier n&apos;est pas encore arrivé sur Démarche Numérique&#xa0;: son lien arrivera avec l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="76"/>
        <source>Choose the decision.</source>
        <translation>Choisissez la décision.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="77"/>
        <source>A decision is recorded only for a commune&apos;s request that was registered and not decided yet.</source>
        <translation>Une décision ne s&apos;enregistre que pour une demande à la commune, enregistrée et pas encore décidée.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="79"/>
        <source>The day of the decision cannot be in the future nor before the request was registered.</source>
        <translation>Le jour de la décision ne peut être ni dans le futur ni avant l&apos;enregistrement de la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="84"/>
        <source>a missing paper needs the day it must be brought by</source>
        <translation>une pièce manquante doit avoir sa date limite</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="85"/>
        <source>the day to bring a paper by is already past</source>
        <translation>la date limite d&apos;une pièce est déjà passée</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="86"/>
        <source>say who agrees</source>
        <translation>dites qui donne son accord</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="87"/>
        <source>say how the person agreed</source>
        <translation>dites comment la personne a donné son accord</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="88"/>
        <source>the date is in the future</source>
        <translation>la date est dans le futur</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="127"/>
        <source>Please check: {problems}.</source>
        <translation>Vérifiez&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="135"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="135"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="138"/>
        <source>{n} item(s)</source>
        <translation>{n} élément(s)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="167"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="183"/>
        <source>Procedure: {title} ({source})</source>
        <translation>Démarche&#xa0;: {title} ({source})</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="185"/>
        <source>For: {name}</source>
        <translation>Pour&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="186"/>
        <source>anonymous person</source>
        <translation>personne sans nom</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="189"/>
        <source>Consent given by {who}, {how}.</source>
        <translation>Consentement donné par {who}, {how}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="200"/>
        <source>Papers:</source>
        <translation>Pièces&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="208"/>
        <source>original seen</source>
        <translation>original vu</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="209"/>
        <source>copy handed in</source>
        <translation>copie remise</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="211"/>
        <source>missing, to bring by {day}</source>
        <translation>manquante, à apporter avant le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_texts.py" line="212"/>
        <source>not provided</source>
        <translation>non fournie</translation>
    </message>
</context>
<context>
    <name>DossiersFlow</name>
    <message>
        <location filename="../../ui/dossiers_flow.py" line="100"/>
        <source>This procedure is no longer in the catalogue: the draft cannot be resumed.</source>
        <translation>Cette démarche n&apos;est plus au catalogue&#xa0;: le brouillon ne peut pas être repris.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers_flow.py" line="118"/>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>Cette démarche n&apos;est plus au catalogue.</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="72"/>
        <source>Procedures</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="85"/>
        <source>Sh&amp;ow</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="86"/>
        <source>Procedures in progress</source>
        <translation>Démarches en cours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="86"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="86"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="88"/>
        <source>Decided or withdrawn</source>
        <translation>Décidées ou retirées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="93"/>
        <source>&amp;New procedure…</source>
        <translation>&amp;Nouvelle démarche…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="94"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="96"/>
        <source>Démarche Numérique for&amp;ms…</source>
        <translation>For&amp;mulaires Démarche Numérique…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="97"/>
        <source>The forms this desk can fill, and what changed in them</source>
        <translation>Les formulaires que ce guichet sait remplir, et ce qui y a changé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="103"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="103"/>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="103"/>
        <source>Resident</source>
        <translation>Usager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="104"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="104"/>
        <source>Changed</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="104"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="109"/>
        <source>Dossier detail</source>
        <translation>Détail du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="111"/>
        <source>&amp;Resume the draft</source>
        <translation>&amp;Reprendre le brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="113"/>
        <source>Papers r&amp;eceived…</source>
        <translation>&amp;Pièces reçues…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="115"/>
        <source>Record the &amp;decision…</source>
        <translation>Enregistrer la &amp;décision…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="116"/>
        <source>The service in charge answered, or the person withdrew the request</source>
        <translation>Le service a répondu, ou la personne a retiré sa demande</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="125"/>
        <source>Documents issued</source>
        <translation>Documents remis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="128"/>
        <source>&amp;Print again (duplicate)…</source>
        <translation>Réimpr&amp;imer (duplicata)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="161"/>
        <source>⚠ {n} problem(s) in the procedure catalogue; the other procedures work normally:</source>
        <translation>⚠ {n} problème(s) dans le catalogue des démarches&#xa0;; les autres démarches fonctionnent normalement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="168"/>
        <source>• {file} ({procedure}): {n} problem(s), left out until corrected</source>
        <translation>• {file} ({procedure})&#xa0;: {n} problème(s), définition écartée jusqu&apos;à sa correction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="227"/>
        <location filename="../../ui/pages/dossiers.py" line="281"/>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="228"/>
        <location filename="../../ui/pages/dossiers.py" line="283"/>
        <source>anonymous person</source>
        <translation>personne sans nom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="276"/>
        <source>Choose a dossier in the list to see its detail.</source>
        <translation>Choisissez un dossier dans la liste pour voir son détail.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="281"/>
        <source>Reference: {ref}</source>
        <translation>Référence&#xa0;: {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="282"/>
        <source>Source: {source}</source>
        <translation>Origine&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="283"/>
        <source>For: {name}</source>
        <translation>Pour&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="284"/>
        <source>Status: {status}</source>
        <translation>État&#xa0;: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="285"/>
        <source>Started by {agent}</source>
        <translation>Commencée par {agent}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="287"/>
        <source>Consent given by {who}, {how}, on {at}.</source>
        <translation>Consentement donné par {who}, {how}, le {at}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="291"/>
        <source>acceptance</source>
        <translation>acceptation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="291"/>
        <source>rejection</source>
        <translation>refus</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="293"/>
        <source>Implicit decision ({meaning}) reached on {day}, unless the service answered before: record its decision if it did.</source>
        <translation>Décision implicite ({meaning}) acquise le {day}, sauf si le service a répondu avant&#xa0;: enregistrez alors sa décision.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="297"/>
        <source>Implicit decision ({meaning}) on {day}.</source>
        <translation>Décision implicite ({meaning}) le {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="302"/>
        <source>Result: {outcome}, on {day} (recorded by {agent}).</source>
        <translation>Résultat&#xa0;: {outcome}, le {day} (enregistré par {agent}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="305"/>
        <source>Site: {site} — reference: {ref}</source>
        <translation>Site&#xa0;: {site} — référence&#xa0;: {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="309"/>
        <source>Démarche Numérique dossier: {number}</source>
        <translation>Dossier Démarche Numérique&#xa0;: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="310"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="314"/>
        <source>Done:</source>
        <translation>Fait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="317"/>
        <source>Answers:</source>
        <translation>Réponses&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="320"/>
        <source>Papers:</source>
        <translation>Pièces&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="321"/>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="330"/>
        <source>Followed with the town hall&apos;s administrator access: dates from Démarche Numérique and the reason for a decision.</source>
        <translation>Suivi avec l&apos;accès administrateur de la mairie&#xa0;: dates de Démarche Numérique et motif de la décision.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="333"/>
        <source>Followed by the public tracking only: the state, without the reason for a decision.</source>
        <translation>Suivi public seulement&#xa0;: l&apos;état du dossier, sans le motif de la décision.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="335"/>
        <source>Last change on Démarche Numérique: {at}</source>
        <translation>Dernière modification sur Démarche Numérique&#xa0;: {at}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="338"/>
        <source>Reason for the decision: {reason}</source>
        <translation>Motif de la décision&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dossiers.py" line="352"/>
        <source>Decision recorded for {reference}: {outcome}.</source>
        <translation>Décision enregistrée pour {reference}&#xa0;: {outcome}.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/texts.py" line="212"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="213"/>
        <source>Write the date as dd/mm/yyyy, for example 12/03/1950.</source>
        <translation>Écrivez la date sous la forme jj/mm/aaaa, par exemple 12/03/1950.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="214"/>
        <source>Write the year with 4 digits, for example 1950.</source>
        <translation>Écrivez l&apos;année avec 4 chiffres, par exemple 1950.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="215"/>
        <source>Too long.</source>
        <translation>Trop long.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="216"/>
        <source>Letters, spaces, hyphens and apostrophes only.</source>
        <translation>Lettres, espaces, tirets et apostrophes seulement.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="217"/>
        <source>This is not a valid phone number.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="218"/>
        <source>Type a number or tick “no phone”, not both.</source>
        <translation>Saisissez un numéro ou cochez «&#xa0;pas de téléphone&#xa0;», pas les deux.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="219"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="220"/>
        <source>Type an address or tick “no e-mail”, not both.</source>
        <translation>Saisissez une adresse ou cochez «&#xa0;pas de courriel&#xa0;», pas les deux.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="221"/>
        <source>A French postal code has 5 digits.</source>
        <translation>Un code postal français a 5 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="222"/>
        <location filename="../../ui/texts.py" line="243"/>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="223"/>
        <source>This date is too far in the past.</source>
        <translation>Cette date est trop ancienne.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="224"/>
        <source>Year between 1900 and this year.</source>
        <translation>Une année entre 1900 et cette année.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="225"/>
        <source>The year does not match the date of birth.</source>
        <translation>L&apos;année ne correspond pas à la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="226"/>
        <source>Choose a way from the list.</source>
        <translation>Choisissez un moyen dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="227"/>
        <source>The details needed for this way of contact are missing (number, e-mail or address).</source>
        <translation>Il manque les coordonnées nécessaires à ce moyen de contact (numéro, e-mail ou adresse).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="229"/>
        <source>Unknown theme.</source>
        <translation>Thème inconnu.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="230"/>
        <source>Choose at least one theme.</source>
        <translation>Choisissez au moins un thème.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="231"/>
        <source>Choose an outcome from the list.</source>
        <translation>Choisissez une issue dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="232"/>
        <source>Say how the visit ended.</source>
        <translation>Indiquez comment le passage s&apos;est terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="233"/>
        <location filename="../../ui/texts.py" line="241"/>
        <source>Choose an organisation from the list.</source>
        <translation>Choisissez une structure dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="234"/>
        <source>Say where the resident is referred to.</source>
        <translation>Indiquez vers quelle structure l&apos;usager est orienté.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="235"/>
        <source>Between 1 and 600 minutes.</source>
        <translation>Entre 1 et 600 minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="236"/>
        <source>This visit is already finished.</source>
        <translation>Ce passage est déjà terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="237"/>
        <source>The visit cannot start in the future.</source>
        <translation>Le passage ne peut pas commencer dans le futur.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="238"/>
        <source>Unknown device.</source>
        <translation>Appareil inconnu.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="239"/>
        <source>Choose a level from the list.</source>
        <translation>Choisissez un niveau dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="240"/>
        <source>Unknown difficulty.</source>
        <translation>Difficulté inconnue.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="242"/>
        <source>The review must come after the assessment.</source>
        <translation>La revue doit suivre l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="245"/>
        <source>A SIRET number has 14 digits.</source>
        <translation>Un numéro SIRET compte 14 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="246"/>
        <source>Give the commune&apos;s postal code too: Démarche Numérique needs it.</source>
        <translation>Indiquez aussi le code postal de la commune&#xa0;: Démarche Numérique en a besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="248"/>
        <source>Remove the invisible or control characters.</source>
        <translation>Retirez les caractères invisibles ou de contrôle.</translation>
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
    <name>FormProblems</name>
    <message>
        <location filename="../../ui/texts.py" line="491"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="492"/>
        <source>This answer cannot be read: please type it again.</source>
        <translation>Réponse illisible&#xa0;: saisissez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="493"/>
        <source>Type a text.</source>
        <translation>Saisissez un texte.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="494"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Trop long&#xa0;: {max} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="495"/>
        <source>Type a whole number, for example 3.</source>
        <translation>Saisissez un nombre entier, par exemple 3.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="496"/>
        <source>Type a number, for example 12,50.</source>
        <translation>Saisissez un nombre, par exemple 12,50.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="497"/>
        <source>Must be at least {min}.</source>
        <translation>Doit valoir au moins {min}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="498"/>
        <source>Must be at most {max}.</source>
        <translation>Doit valoir au plus {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="499"/>
        <source>Write the date as dd/mm/yyyy, for example 12/03/1950.</source>
        <translation>Écrivez la date sous la forme jj/mm/aaaa, par exemple 12/03/1950.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="500"/>
        <source>Write the date and time as dd/mm/yyyy hh:mm, for example 12/03/2026 14:30.</source>
        <translation>Écrivez la date et l&apos;heure sous la forme jj/mm/aaaa hh&#xa0;:mm, par exemple 12/03/2026 14&#xa0;:30.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="502"/>
        <source>The date must be on or after {min}.</source>
        <translation>La date doit être le {min} ou après.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="503"/>
        <source>The date must be on or before {max}.</source>
        <translation>La date doit être le {max} ou avant.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="504"/>
        <source>Answer yes or no.</source>
        <translation>Répondez oui ou non.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="505"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Cette adresse électronique n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="506"/>
        <source>This is not a valid phone number.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="507"/>
        <source>A French postal code has 5 digits.</source>
        <translation>Un code postal français a 5 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="508"/>
        <source>An INSEE code has 5 characters, for example 95018.</source>
        <translation>Un code INSEE a 5 caractères, par exemple 95018.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="509"/>
        <source>Choose an answer from the list.</source>
        <translation>Choisissez une réponse dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="510"/>
        <source>Say what “other” means.</source>
        <translation>Précisez la réponse «&#xa0;autre&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="511"/>
        <source>Add at least {min}.</source>
        <translation>Ajoutez-en au moins {min}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="512"/>
        <source>At most {max}: remove the extra ones.</source>
        <translation>{max} au plus&#xa0;: retirez ceux en trop.</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="477"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="478"/>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="488"/>
        <source>Changes &amp;read: do not show them again</source>
        <translation>Changements &amp;lus&#xa0;: ne plus les signaler</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="515"/>
        <source>The draft is saved as you type.</source>
        <translation>Le brouillon est enregistré pendant la saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="544"/>
        <source>⚠ This form changed on Démarche Numérique since the draft was started:</source>
        <translation>⚠ Ce formulaire a changé sur Démarche Numérique depuis le début du brouillon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="545"/>
        <source>⚠ New version of this form on Démarche Numérique. What changed:</source>
        <translation>⚠ Nouvelle version de ce formulaire sur Démarche Numérique. Ce qui a changé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="548"/>
        <source>… and {n} more (Procedures page, Démarche Numérique forms)</source>
        <translation>… et {n} autre(s) (page Démarches, Formulaires Démarche Numérique)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="591"/>
        <source>Draft saved at {time}.</source>
        <translation>Brouillon enregistré à {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="606"/>
        <source>Some answers are missing or wrong: see the messages in the form.</source>
        <translation>Des réponses manquent ou sont fausses&#xa0;: voyez les messages dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../ui/form_view.py" line="132"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="134"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>jj/mm/aaaa hh&#xa0;:mm</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="136"/>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="193"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="193"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="194"/>
        <source>Not answered</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="258"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="244"/>
        <source>Ms</source>
        <translation>Madame</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="244"/>
        <source>Mr</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="247"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="270"/>
        <source>{label}: other, say what</source>
        <translation>{label}&#xa0;: autre, précisez</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="272"/>
        <source>Other:</source>
        <translation>Autre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="323"/>
        <source>Number and street</source>
        <translation>Numéro et voie</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="323"/>
        <location filename="../../ui/form_view.py" line="327"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="324"/>
        <location filename="../../ui/form_view.py" line="327"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="400"/>
        <source>Supplied</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="401"/>
        <source>Original shown</source>
        <translation>Original présenté</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="438"/>
        <source>{label}: to be completed online by the resident</source>
        <translation>{label}&#xa0;: à compléter en ligne par l&apos;usager</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="463"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="464"/>
        <source>Add to “{label}”</source>
        <translation>Ajouter à «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="487"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="511"/>
        <source>{label} No. {number}</source>
        <translation>{label} n° {number}</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="512"/>
        <source>Remove {label} No. {number}</source>
        <translation>Retirer {label} n° {number}</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="567"/>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/form_view.py" line="703"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
</context>
<context>
    <name>HandOffPanel</name>
    <message>
        <location filename="../../ui/dn_handoff.py" line="47"/>
        <source>&amp;Open the dossier on Démarche Numérique</source>
        <translation>&amp;Ouvrir le dossier sur Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="48"/>
        <source>Cop&amp;y the link</source>
        <translation>Copier le li&amp;en</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="49"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="50"/>
        <source>Ask Démarche Numérique where the dossier is now.</source>
        <translation>Demander à Démarche Numérique où en est le dossier maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="57"/>
        <source>The dossier opens in a private window of the computer&apos;s usual browser when that browser allows it (Edge, Chrome, Firefox, Brave, Vivaldi, Opera). Otherwise it opens in a normal window: for a private one, copy the link and paste it into a private window (Ctrl+Shift+N in Chrome and Edge, Ctrl+Shift+P in Firefox). The person signs in (own account or FranceConnect), checks the answers, completes what is left and submits.</source>
        <translation>Le dossier s&apos;ouvre dans une fenêtre privée du navigateur habituel de l&apos;ordinateur quand ce navigateur le permet (Edge, Chrome, Firefox, Brave, Vivaldi, Opera). Sinon il s&apos;ouvre dans une fenêtre normale&#xa0;: pour une fenêtre privée, copiez le lien et collez-le dans une fenêtre privée (Ctrl+Maj+N dans Chrome et Edge, Ctrl+Maj+P dans Firefox). La personne se connecte (son compte ou FranceConnect), vérifie les réponses, complète ce qui manque et dépose le dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="64"/>
        <source>⚠ At the end, the person signs out of Démarche Numérique and the browser is closed.</source>
        <translation>⚠ À la fin, la personne se déconnecte de Démarche Numérique et on ferme le navigateur.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="69"/>
        <source>&amp;Give the person the link to finish elsewhere (printed on the receipt, marked CONFIDENTIAL)</source>
        <translation>&amp;Donner le lien à la personne pour terminer ailleurs (imprimé sur le récépissé, marqué CONFIDENTIEL)</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="72"/>
        <source>Print the assistance &amp;receipt…</source>
        <translation>Imprimer le récépissé d&apos;accompa&amp;gnement…</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="86"/>
        <source>Waiting to be sent to Démarche Numérique: it leaves on its own as soon as the network allows. The link to open it appears here then.</source>
        <translation>En attente d&apos;envoi à Démarche Numérique&#xa0;: il partira tout seul dès que le réseau le permettra. Le lien pour l&apos;ouvrir apparaîtra alors ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="89"/>
        <source>Dossier no. {number} on Démarche Numérique: {state}.</source>
        <translation>Dossier n° {number} sur Démarche Numérique&#xa0;: {state}.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="92"/>
        <source>Reason for the decision: {reason}</source>
        <translation>Motif de la décision&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="129"/>
        <source>Link copied: paste it into a private window of the browser. It gives access to the dossier: do not leave it anywhere.</source>
        <translation>Lien copié&#xa0;: collez-le dans une fenêtre privée du navigateur. Il donne accès au dossier&#xa0;: ne le laissez traîner nulle part.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_handoff.py" line="151"/>
        <source>Démarche Numérique cannot be reached now: the desk asks again later.</source>
        <translation>Démarche Numérique est injoignable pour le moment&#xa0;: le guichet redemandera plus tard.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="37"/>
        <source>New assisted &amp;procedure…</source>
        <translation>&amp;Nouvelle démarche assistée…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="38"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="45"/>
        <source>This desk</source>
        <translation>Ce guichet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="46"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="47"/>
        <source>Today&apos;s activity</source>
        <translation>Activité du jour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="52"/>
        <source>Today&apos;s visits at this desk</source>
        <translation>Passages du jour à ce guichet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="53"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="53"/>
        <source>Resident</source>
        <translation>Usager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="53"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="53"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="54"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="54"/>
        <source>Today&apos;s visits</source>
        <translation>Passages du jour</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="61"/>
        <source>Today, {date}</source>
        <translation>Aujourd&apos;hui, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="63"/>
        <source>Hello {name} ({role}).</source>
        <translation>Bonjour {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="68"/>
        <source>Commune: {commune}</source>
        <translation>Commune&#xa0;: {commune}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="69"/>
        <source>Reference prefix: {prefix}</source>
        <translation>Préfixe des références&#xa0;: {prefix}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="70"/>
        <source>Demo mode: fictitious data</source>
        <translation>Mode démonstration&#xa0;: données fictives</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="70"/>
        <source>Live data</source>
        <translation>Données réelles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="84"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="86"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="86"/>
        <source>Online procedures can be sent now.</source>
        <translation>Les démarches en ligne peuvent être envoyées maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="88"/>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="89"/>
        <source>Everything else keeps working: residents, visits, forms and printing. What must be sent will wait until the network is back.</source>
        <translation>Tout le reste fonctionne&#xa0;: usagers, passages, formulaires et impressions. Ce qui doit être envoyé attendra le retour du réseau.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="111"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="113"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="117"/>
        <source>Visits today: {n} (in progress: {running})</source>
        <translation>Passages aujourd&apos;hui&#xa0;: {n} (en cours&#xa0;: {running})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="119"/>
        <source>Agents signed in at this desk today: {n}</source>
        <translation>Agents connectés à ce guichet aujourd&apos;hui&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="120"/>
        <source>Recorded operations today: {n}</source>
        <translation>Opérations enregistrées aujourd&apos;hui&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="121"/>
        <source>Residents registered today: {n}</source>
        <translation>Usagers enregistrés aujourd&apos;hui&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="122"/>
        <source>Residents known to the desk: {n}</source>
        <translation>Usagers connus du guichet&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="123"/>
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
        <location filename="../../ui/pages/journal.py" line="45"/>
        <source>&amp;Undo the selected merge</source>
        <translation>Annuler la &amp;fusion sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="46"/>
        <source>Give a merged duplicate its own file back, with exactly what moved.</source>
        <translation>Rendre au doublon fusionné sa propre fiche, avec exactement ce qui avait été déplacé.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="95"/>
        <source>Merge undone.</source>
        <translation>Fusion annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="101"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="111"/>
        <source>Verifying…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="124"/>
        <source>✔ Journal intact: {n} entries checked.</source>
        <translation>✔ Journal intègre&#xa0;: {n} entrées vérifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/journal.py" line="127"/>
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
        <location filename="../../ui/mainwindow.py" line="238"/>
        <source>Frontdesk — assisted desk</source>
        <translation>Frontdesk — guichet assisté</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="240"/>
        <source>DEMO</source>
        <translation>DÉMONSTRATION</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="246"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="247"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="248"/>
        <source>&amp;Change agent</source>
        <translation>&amp;Changer d&apos;agent</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="250"/>
        <source>Change my &amp;password…</source>
        <translation>Changer mon mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="253"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="255"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="257"/>
        <source>Go to page {n}</source>
        <translation>Aller à la page {n}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="261"/>
        <source>&amp;Residents</source>
        <translation>&amp;Usagers</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="262"/>
        <source>&amp;Find a resident</source>
        <translation>&amp;Rechercher un usager</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="264"/>
        <source>&amp;New resident…</source>
        <translation>&amp;Nouvel usager…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="266"/>
        <source>&amp;End the visit in progress…</source>
        <translation>&amp;Terminer le passage en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="268"/>
        <source>&amp;Back to the search</source>
        <translation>Re&amp;tour à la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="270"/>
        <source>New assisted &amp;procedure…</source>
        <translation>Nouvelle &amp;démarche assistée…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="272"/>
        <source>&amp;Privacy</source>
        <translation>Confidentia&amp;lité</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="273"/>
        <source>&amp;Record of processing (GDPR)…</source>
        <translation>&amp;Registre des traitements (RGPD)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="275"/>
        <source>Check the &amp;network now</source>
        <translation>Vérifier le &amp;réseau maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="277"/>
        <source>&amp;Send waiting items now</source>
        <translation>&amp;Envoyer maintenant ce qui attend</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="281"/>
        <source>&amp;Information notice (personal data)…</source>
        <translation>&amp;Notice d&apos;information (données personnelles)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="318"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="326"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="328"/>
        <source>Send what waits without waiting for the next try (Ctrl+E).</source>
        <translation>Envoyer ce qui attend sans attendre le prochain essai (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="354"/>
        <source>Network: checking…</source>
        <translation>Réseau&#xa0;: vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="356"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="356"/>
        <source>The online procedures platform answers.</source>
        <translation>La plateforme des démarches en ligne répond.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="358"/>
        <source>○ Offline — work continues</source>
        <translation>○ Hors ligne — le travail continue</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="359"/>
        <source>The online procedures platform does not answer. Everything else keeps working.</source>
        <translation>La plateforme des démarches en ligne ne répond pas. Tout le reste fonctionne.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="362"/>
        <source>{n} waiting to be sent</source>
        <translation>{n} en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="364"/>
        <source>{n} to deal with</source>
        <translation>{n} à traiter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="366"/>
        <source>sending paused: the platform refused the desk&apos;s credentials</source>
        <translation>envois suspendus&#xa0;: la plateforme a refusé les identifiants du guichet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="375"/>
        <source>Desk: {name} ({prefix})</source>
        <translation>Guichet&#xa0;: {name} ({prefix})</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="377"/>
        <source>Agent: {name} — {role}</source>
        <translation>Agent&#xa0;: {name} — {role}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="379"/>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="511"/>
        <source>Record of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="523"/>
        <source>Saved: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="530"/>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="531"/>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="24"/>
        <source>Merge a duplicate into {name}</source>
        <translation>Fusionner un doublon dans la fiche de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="28"/>
        <source>Find the other file of the same person. Its visits, assessments and consents move to the file on screen; the merge can be undone from the journal.</source>
        <translation>Recherchez l&apos;autre fiche de la même personne. Ses passages, évaluations et consentements passent sur la fiche affichée&#xa0;; la fusion peut être annulée depuis le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="32"/>
        <source>&amp;Find the duplicate</source>
        <translation>&amp;Rechercher le doublon</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="33"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="33"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="33"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="34"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="64"/>
        <source>Select the duplicate file in the list first.</source>
        <translation>Sélectionnez d&apos;abord la fiche en double dans la liste.</translation>
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
        <source>Sign in with your personal account to do this.</source>
        <translation>Connectez-vous avec votre compte personnel pour faire cela.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="23"/>
        <source>The setting “{key}” (read from {source}) has a wrong value: “{value}”. Expected: {expected_text}.</source>
        <translation>Le réglage «&#xa0;{key}&#xa0;» (lu dans {source}) a une valeur incorrecte&#xa0;: «&#xa0;{value}&#xa0;». Attendu&#xa0;: {expected_text}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="26"/>
        <source>The settings file {path} cannot be read: {detail}</source>
        <translation>Le fichier de réglages {path} est illisible&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="27"/>
        <source>The database was created by a newer version of Frontdesk (revision {revision}). Please update the application.</source>
        <translation>La base de données a été créée par une version plus récente de Frontdesk (révision {revision}). Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="30"/>
        <source>The database update left {count} broken reference(s); a backup was made before the update.</source>
        <translation>La mise à jour de la base a laissé {count} référence(s) incohérente(s)&#xa0;; une sauvegarde avait été faite avant.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="32"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>Impossible d&apos;ouvrir la base de données&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="33"/>
        <source>The desk prefix must be 1 to 6 capital letters or digits, optionally followed by a hyphen and 1 to 4 more (for example “ADM-A1”).</source>
        <translation>Le préfixe du guichet doit faire 1 à 6 lettres majuscules ou chiffres, suivis si besoin d&apos;un tiret et de 1 à 4 autres (par exemple «&#xa0;ADM-A1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="36"/>
        <source>The prefix “{prefix}” is already used by another desk.</source>
        <translation>Le préfixe «&#xa0;{prefix}&#xa0;» est déjà utilisé par un autre guichet.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="37"/>
        <source>The login must be 2 to 32 characters: lower-case letters, digits, dot, hyphen or underscore.</source>
        <translation>L&apos;identifiant doit faire 2 à 32 caractères&#xa0;: lettres minuscules, chiffres, point, tiret ou tiret bas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="39"/>
        <source>The name must be 2 to 120 characters.</source>
        <translation>Le nom doit faire 2 à 120 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="40"/>
        <source>The login “{login}” already exists.</source>
        <translation>L&apos;identifiant «&#xa0;{login}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="41"/>
        <source>A first supervisor account already exists.</source>
        <translation>Un premier compte responsable existe déjà.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="42"/>
        <source>This account does not exist.</source>
        <translation>Ce compte n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="43"/>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="44"/>
        <source>The password must have at least {min} characters.</source>
        <translation>Le mot de passe doit contenir au moins {min} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="45"/>
        <source>The password must have at most {max} characters.</source>
        <translation>Le mot de passe doit contenir au plus {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="46"/>
        <source>This password is too common.</source>
        <translation>Ce mot de passe est trop courant.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="47"/>
        <source>The password must not contain your login or your name.</source>
        <translation>Le mot de passe ne doit contenir ni votre identifiant ni votre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="48"/>
        <source>The password must have at least {min} different characters.</source>
        <translation>Le mot de passe doit contenir au moins {min} caractères différents.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="49"/>
        <source>This password is too weak: make it longer (a sentence of several words is fine) or mix capitals, digits and special characters.</source>
        <translation>Mot de passe trop faible&#xa0;: allongez-le (une phrase de plusieurs mots convient) ou mélangez majuscules, chiffres et caractères spéciaux.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="52"/>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="56"/>
        <location filename="../../ui/texts.py" line="57"/>
        <location filename="../../ui/texts.py" line="58"/>
        <source>Please check the fields marked below.</source>
        <translation>Vérifiez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="59"/>
        <source>This person may already be known to the desk. Open their file, or create a new one anyway.</source>
        <translation>Cette personne est peut-être déjà connue du guichet. Ouvrez sa fiche, ou créez-en une nouvelle quand même.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="61"/>
        <source>These difficulties concern health, language or reading: they can only be recorded with the resident&apos;s explicit consent. Record the consent first, or untick them.</source>
        <translation>Ces difficultés touchent à la santé, à la langue ou à la lecture&#xa0;: elles ne peuvent être notées qu&apos;avec le consentement explicite de l&apos;usager. Recueillez d&apos;abord le consentement, ou décochez-les.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="64"/>
        <source>This file was merged into another one: open the resident&apos;s file from the search.</source>
        <translation>Cette fiche a été fusionnée avec une autre&#xa0;: ouvrez la fiche de l&apos;usager depuis la recherche.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="66"/>
        <source>Choose another resident: a file cannot be merged with itself.</source>
        <translation>Choisissez un autre usager&#xa0;: une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="68"/>
        <source>One of these files was already merged.</source>
        <translation>L&apos;une de ces fiches a déjà été fusionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="69"/>
        <source>This journal entry is not a merge.</source>
        <translation>Cette entrée du journal n&apos;est pas une fusion.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="70"/>
        <source>This merge was already undone.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="71"/>
        <source>The file kept was merged again since: undo that later merge first.</source>
        <translation>La fiche conservée a été fusionnée à nouveau depuis&#xa0;: annulez d&apos;abord cette fusion plus récente.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="73"/>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="74"/>
        <source>The journal was altered: first faulty entry No. {seq}.</source>
        <translation>Le journal a été altéré&#xa0;: première entrée en défaut n°&#xa0;{seq}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="75"/>
        <source>This resident&apos;s file does not exist (any more).</source>
        <translation>Cette fiche usager n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="76"/>
        <source>This visit does not exist (any more).</source>
        <translation>Ce passage n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="77"/>
        <source>This dossier does not exist (any more).</source>
        <translation>Ce dossier n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="78"/>
        <source>This procedure cannot go further yet: please check it.</source>
        <translation>Cette démarche ne peut pas encore aller plus loin&#xa0;: vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="79"/>
        <source>The computer&apos;s password safe cannot be used ({detail}). Ask the person who manages the PCs.</source>
        <translation>Le coffre-fort à mots de passe de l&apos;ordinateur ne peut pas être utilisé ({detail}). Demandez à la personne qui s&apos;occupe des ordinateurs.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="81"/>
        <source>The file {path} is not a TOML definition (a .toml file is expected).</source>
        <translation>Le fichier {path} n&apos;est pas une définition TOML (extension .toml attendue).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="83"/>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>Le fichier {path} est illisible&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="84"/>
        <source>The file {path} is larger than {max_kib} KiB.</source>
        <translation>Le fichier {path} dépasse {max_kib} Kio.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="85"/>
        <source>The definition {path} has {count} problem(s); it was not imported.</source>
        <translation>La définition {path} comporte {count} problème(s)&#xa0;; elle n&apos;a pas été importée.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="87"/>
        <source>A procedure already has the identifier “{procedure}”; nothing was imported.</source>
        <translation>Une démarche porte déjà l&apos;identifiant «&#xa0;{procedure}&#xa0;»&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="89"/>
        <source>The commune&apos;s contact details printed on this document are not set up (missing settings: {keys}). Ask the administrator to fill them in the settings file.</source>
        <translation>Les coordonnées de la commune imprimées sur ce document ne sont pas réglées (réglages manquants&#xa0;: {keys}). Demandez à l&apos;administrateur de les renseigner dans le fichier de réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="92"/>
        <source>No consent is recorded for this resident: record the consent first, then print the form.</source>
        <translation>Aucun consentement n&apos;est enregistré pour cette personne&#xa0;: enregistrez d&apos;abord le consentement, puis imprimez le formulaire.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="94"/>
        <source>The protected data is locked: restart the application.</source>
        <translation>Les données protégées sont verrouillées&#xa0;: redémarrez l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="95"/>
        <source>Protected data could not be read: it was altered or the key is wrong. Call your supervisor.</source>
        <translation>Des données protégées sont illisibles&#xa0;: elles ont été modifiées ou la clé n&apos;est pas la bonne. Appelez votre responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="97"/>
        <source>The supervisor&apos;s passphrase is needed to open the protected data.</source>
        <translation>La phrase secrète d&apos;un responsable est nécessaire pour ouvrir les données protégées.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="99"/>
        <source>This passphrase is not the right one.</source>
        <translation>Cette phrase secrète n&apos;est pas la bonne.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="100"/>
        <source>The passphrase must have at least {min} characters (several words are easiest).</source>
        <translation>La phrase secrète doit contenir au moins {min} caractères (plusieurs mots, c&apos;est le plus simple).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="102"/>
        <source>This resident was already anonymised.</source>
        <translation>Cet usager a déjà été anonymisé.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="103"/>
        <source>Choose whether the objection is upheld or rejected.</source>
        <translation>Indiquez si l&apos;opposition est acceptée ou refusée.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="104"/>
        <source>This objection was already decided.</source>
        <translation>Cette opposition a déjà été tranchée.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="105"/>
        <source>The key of the protected data cannot be found on this computer. Call your supervisor.</source>
        <translation>La clé des données protégées est introuvable sur cet ordinateur. Appelez votre responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="111"/>
        <source>Démarche Numérique cannot be reached (no network, or a wrong address in the settings).</source>
        <translation>Démarche Numérique est injoignable (pas de réseau, ou adresse erronée dans les réglages).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="113"/>
        <source>The address of Démarche Numérique in the settings is not valid.</source>
        <translation>L&apos;adresse de Démarche Numérique indiquée dans les réglages n&apos;est pas valable.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="115"/>
        <source>Démarche Numérique did not answer in time; it is not known whether the request was taken into account. The application checks before sending it again.</source>
        <translation>Démarche Numérique n&apos;a pas répondu à temps&#xa0;; on ne sait pas si la demande a été prise en compte. L&apos;application vérifiera avant de la renvoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="118"/>
        <source>Démarche Numérique does not answer (connection timed out).</source>
        <translation>Démarche Numérique ne répond pas (délai de connexion dépassé).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="120"/>
        <source>The connection with Démarche Numérique was cut; it is not known whether the request was taken into account. The application checks before sending it again.</source>
        <translation>La connexion avec Démarche Numérique a été coupée&#xa0;; on ne sait pas si la demande a été prise en compte. L&apos;application vérifiera avant de la renvoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="123"/>
        <source>Démarche Numérique has an error; the application will try again later.</source>
        <translation>Démarche Numérique est en erreur&#xa0;; l&apos;application réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="125"/>
        <source>Démarche Numérique is unavailable for a while.</source>
        <translation>Démarche Numérique est momentanément indisponible.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="126"/>
        <source>Démarche Numérique does not answer behind its gateway; it is not known whether the request was taken into account.</source>
        <translation>Démarche Numérique ne répond pas derrière son serveur d&apos;accès&#xa0;; on ne sait pas si la demande a été prise en compte.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="129"/>
        <source>Démarche Numérique had an internal error.</source>
        <translation>Démarche Numérique a rencontré une erreur interne.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="130"/>
        <source>Démarche Numérique took too long to prepare its answer.</source>
        <translation>Démarche Numérique a mis trop de temps à préparer sa réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="131"/>
        <source>Too many requests sent to Démarche Numérique: the application tries again in a few seconds.</source>
        <translation>Trop de demandes envoyées à Démarche Numérique&#xa0;: l&apos;application réessaie dans quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="133"/>
        <source>Limit of 15 prefilled dossiers per 15 seconds reached: sending is delayed by a few seconds.</source>
        <translation>Limite de 15 dossiers préremplis par 15 secondes atteinte&#xa0;: l&apos;envoi est différé de quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="135"/>
        <source>Démarche Numérique sent an answer that cannot be read.</source>
        <translation>Démarche Numérique a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="136"/>
        <source>Démarche Numérique sent an incomplete answer.</source>
        <translation>Démarche Numérique a envoyé une réponse incomplète.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="137"/>
        <source>Démarche Numérique sent an incomplete description of the form.</source>
        <translation>Démarche Numérique a envoyé une description incomplète du formulaire.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="139"/>
        <source>Démarche Numérique refused the request.</source>
        <translation>Démarche Numérique a refusé la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="140"/>
        <source>Démarche Numérique refused the data sent.</source>
        <translation>Démarche Numérique a refusé les données envoyées.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="141"/>
        <source>Démarche Numérique refused the request (wrong sending format).</source>
        <translation>Démarche Numérique a refusé la demande (format d&apos;envoi incorrect).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="143"/>
        <source>Démarche Numérique did not understand the application&apos;s request: the application needs an update.</source>
        <translation>Démarche Numérique n&apos;a pas compris la requête de l&apos;application&#xa0;: l&apos;application doit être mise à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="146"/>
        <source>Démarche Numérique refused the application&apos;s request.</source>
        <translation>Démarche Numérique a refusé la requête de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="148"/>
        <source>Démarche Numérique refused the operation: {message}</source>
        <translation>Démarche Numérique a refusé l&apos;opération&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="149"/>
        <source>Not found on Démarche Numérique.</source>
        <translation>Introuvable sur Démarche Numérique.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="150"/>
        <source>This procedure does not exist on Démarche Numérique, or it is closed.</source>
        <translation>Cette démarche n&apos;existe pas sur Démarche Numérique, ou elle est close.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="152"/>
        <source>The form of this procedure is not public on Démarche Numérique (closed procedure, or not open data).</source>
        <translation>Le formulaire de cette démarche n&apos;est pas public sur Démarche Numérique (démarche close, ou non ouverte aux données publiques).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="155"/>
        <source>This dossier cannot be found on Démarche Numérique (a draft not submitted yet, or deleted).</source>
        <translation>Ce dossier est introuvable sur Démarche Numérique (brouillon pas encore déposé, ou dossier supprimé).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="157"/>
        <source>Démarche Numérique refused access.</source>
        <translation>Démarche Numérique a refusé l&apos;accès.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="158"/>
        <source>No valid API token: store the administrator token of the procedure (a mistyped token is ignored by the platform).</source>
        <translation>Aucun jeton d&apos;API valable&#xa0;: enregistrez le jeton administrateur de la démarche (un jeton mal recopié est ignoré par la plateforme).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="161"/>
        <source>The Démarche Numérique API token has expired: an administrator must create a new one.</source>
        <translation>Le jeton d&apos;API Démarche Numérique a expiré&#xa0;: un administrateur doit en créer un nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="163"/>
        <source>The API token does not allow this computer&apos;s network: add the town hall&apos;s IP address to the token, in the administrator&apos;s profile.</source>
        <translation>Le jeton d&apos;API n&apos;autorise pas le réseau de ce poste&#xa0;: ajoutez l&apos;adresse IP de la mairie au jeton, dans le profil administrateur.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="166"/>
        <source>Démarche Numérique refused access with this token.</source>
        <translation>Démarche Numérique a refusé l&apos;accès avec ce jeton.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="167"/>
        <source>This API token has an old format: an administrator must create a new one.</source>
        <translation>Ce jeton d&apos;API est d&apos;un ancien format&#xa0;: un administrateur doit en créer un nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="169"/>
        <source>This procedure or dossier cannot be read with the API token (outside its scope, or the procedure is not public).</source>
        <translation>Cette démarche ou ce dossier n&apos;est pas accessible avec le jeton d&apos;API (hors de son périmètre, ou démarche non publique).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="172"/>
        <source>The API token is read-only: sending messages needs a read and write token.</source>
        <translation>Le jeton d&apos;API est en lecture seule&#xa0;: l&apos;envoi de messages demande un jeton en lecture et écriture.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="174"/>
        <source>The chosen case officer has no access to this dossier on Démarche Numérique.</source>
        <translation>L&apos;instructeur choisi n&apos;a pas accès à ce dossier sur Démarche Numérique.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="176"/>
        <source>The system&apos;s password keyring cannot be reached ({detail}).</source>
        <translation>Le trousseau de mots de passe du système est inaccessible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="177"/>
        <source>The file {file} is not a Démarche Numérique form: {problem_text}.</source>
        <translation>Le fichier {file} n&apos;est pas un formulaire Démarche Numérique&#xa0;: {problem_text}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="179"/>
        <source>The file {file} cannot be read: {detail}</source>
        <translation>Le fichier {file} est illisible&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="180"/>
        <source>This is not an API token: paste it in one piece, without spaces (at most 512 characters).</source>
        <translation>Ce n&apos;est pas un jeton d&apos;API&#xa0;: collez-le d&apos;un seul tenant, sans espace (512&#xa0;caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="257"/>
        <source>a database address “sqlite:///path/file.sqlite3” or “postgresql://user@host:port/base”</source>
        <translation>une adresse de base de données «&#xa0;sqlite:///chemin/fichier.sqlite3&#xa0;» ou «&#xa0;postgresql://utilisateur@hôte:port/base&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="259"/>
        <source>a whole number from {min} to {max}</source>
        <translation>un nombre entier de {min} à {max}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="260"/>
        <source>one of DEBUG, INFO, WARNING, ERROR</source>
        <translation>l&apos;une des valeurs DEBUG, INFO, WARNING, ERROR</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="261"/>
        <source>a text of 1 to 80 characters</source>
        <translation>un texte de 1 à 80 caractères</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="262"/>
        <source>1 to 6 capital letters or digits, optionally followed by a hyphen and 1 to 4 more, for example “ADM” or “ADM-A1”</source>
        <translation>1 à 6 lettres majuscules ou chiffres, suivis si besoin d&apos;un tiret et de 1 à 4 autres, par exemple «&#xa0;ADM&#xa0;» ou «&#xa0;ADM-A1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="265"/>
        <source>a web address starting with https:// or http://</source>
        <translation>une adresse web commençant par https:// ou http://</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="266"/>
        <source>a number of seconds above 0 and at most 300</source>
        <translation>un nombre de secondes supérieur à 0 et au plus égal à 300</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="267"/>
        <source>a folder name (letters, digits, space, dot, hyphen; no “/” and no “..”)</source>
        <translation>un nom de dossier (lettres, chiffres, espace, point, tiret&#xa0;; sans «&#xa0;/&#xa0;» ni «&#xa0;..&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="269"/>
        <source>a text of 1 to 200 characters</source>
        <translation>un texte de 1 à 200 caractères</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="270"/>
        <source>1 to 4 address lines of at most 80 characters (a list, or lines separated by “|”)</source>
        <translation>1 à 4 lignes d&apos;adresse de 80 caractères au plus (une liste, ou des lignes séparées par «&#xa0;|&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="272"/>
        <source>a postal code of 5 digits</source>
        <translation>un code postal de 5 chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="273"/>
        <source>an e-mail address, for example accueil@mairie.fr</source>
        <translation>une adresse de courriel, par exemple accueil@mairie.fr</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="274"/>
        <source>one of auto, keyring, passphrase</source>
        <translation>l&apos;un de auto, keyring (trousseau du système), passphrase (phrase secrète)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="340"/>
        <source>Another program of this desk is already sending (another window of Frontdesk?).</source>
        <translation>Un autre programme de ce guichet envoie déjà (une autre fenêtre de Frontdesk&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="342"/>
        <source>Type the reference the platform gave (for example the dossier number).</source>
        <translation>Saisissez la référence donnée par la plateforme (par exemple le numéro de dossier).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="344"/>
        <source>Say why this sending is abandoned.</source>
        <translation>Indiquez pourquoi cet envoi est abandonné.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="345"/>
        <source>The reason must have at most {max} characters.</source>
        <translation>Le motif doit faire au plus {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="346"/>
        <source>This item changed meanwhile: refresh the list and look again.</source>
        <translation>Cet élément a changé entre-temps&#xa0;: actualisez la liste et regardez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="348"/>
        <source>This item does not exist (any more).</source>
        <translation>Cet élément n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="349"/>
        <source>The system&apos;s password store cannot be reached: the desk cannot use its stored credentials.</source>
        <translation>Le trousseau de mots de passe du système est inaccessible&#xa0;: le guichet ne peut pas utiliser les identifiants enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="437"/>
        <source>its content was modified</source>
        <translation>son contenu a été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="438"/>
        <source>an entry was deleted</source>
        <translation>une entrée a été supprimée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="439"/>
        <source>the chain is broken: an entry was deleted or moved</source>
        <translation>le chaînage est rompu&#xa0;: une entrée a été supprimée ou déplacée</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="429"/>
        <location filename="../../ui/texts.py" line="464"/>
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
    <name>Outbox</name>
    <message>
        <location filename="../../ui/texts.py" line="362"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="363"/>
        <source>Being sent</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="364"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="365"/>
        <source>Being checked</source>
        <translation>En cours de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="366"/>
        <source>To correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="367"/>
        <source>For a supervisor to decide</source>
        <translation>À décider par un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="368"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="372"/>
        <source>Online procedure (prefilled dossier)</source>
        <translation>Démarche en ligne (dossier prérempli)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="373"/>
        <source>Message to the resident</source>
        <translation>Message à l&apos;usager</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="377"/>
        <source>Put in the queue</source>
        <translation>Mis en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="378"/>
        <source>Sending (attempt {attempt})</source>
        <translation>Envoi (essai n°&#xa0;{attempt})</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="379"/>
        <source>Sent (reference {remote_ref})</source>
        <translation>Envoyé (référence {remote_ref})</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="380"/>
        <source>Found on the platform (reference {remote_ref})</source>
        <translation>Retrouvé sur la plateforme (référence {remote_ref})</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="381"/>
        <source>Interrupted while sending (the application stopped): checked before anything else</source>
        <translation>Interrompu pendant l&apos;envoi (l&apos;application s&apos;est arrêtée)&#xa0;: vérifié avant tout nouvel envoi</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="383"/>
        <source>The platform&apos;s answer was lost: sent again (an unused draft may stay there; the platform deletes it after 5 days)</source>
        <translation>La réponse de la plateforme s&apos;est perdue&#xa0;: renvoyé (un brouillon inutilisé peut y rester&#xa0;; la plateforme le supprime au bout de 5 jours)</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="386"/>
        <source>Sent again</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="387"/>
        <source>Nobody can tell automatically whether the platform received it: a supervisor decides</source>
        <translation>Impossible de savoir automatiquement si la plateforme l&apos;a reçu&#xa0;: un responsable décide</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="389"/>
        <source>The check could not be made: tried again later</source>
        <translation>La vérification n&apos;a pas pu se faire&#xa0;: nouvel essai plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="390"/>
        <source>Failed {attempts} times: a supervisor decides</source>
        <translation>Échec à {attempts} reprises&#xa0;: un responsable décide</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="392"/>
        <source>This version of Frontdesk cannot send this kind of item</source>
        <translation>Cette version de Frontdesk ne sait pas envoyer ce type d&apos;élément</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="393"/>
        <source>Sent, but the result could not be written on the dossier</source>
        <translation>Envoyé, mais le résultat n&apos;a pas pu être noté sur le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="395"/>
        <source>Unexpected fault while sending: checked before anything else</source>
        <translation>Incident inattendu pendant l&apos;envoi&#xa0;: vérifié avant tout nouvel envoi</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="396"/>
        <source>Marked as received by a supervisor (reference {remote_ref})</source>
        <translation>Déclaré reçu par un responsable (référence {remote_ref})</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="397"/>
        <source>Abandoned by a supervisor: {reason}</source>
        <translation>Abandonné par un responsable&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="398"/>
        <source>Sent again at a supervisor&apos;s request</source>
        <translation>Renvoyé à la demande d&apos;un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="399"/>
        <source>Corrected and sent again</source>
        <translation>Corrigé et renvoyé</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="401"/>
        <source>The platform cannot be reached (network down?): tried again later</source>
        <translation>La plateforme est injoignable (réseau coupé&#xa0;?)&#xa0;: nouvel essai plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="402"/>
        <source>The platform did not answer in time</source>
        <translation>La plateforme n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="403"/>
        <source>The connection was cut during the sending</source>
        <translation>La connexion a été coupée pendant l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="404"/>
        <source>The platform had a fault</source>
        <translation>La plateforme a rencontré une erreur</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="405"/>
        <source>The platform refused the content: correct the dossier, then send it again</source>
        <translation>La plateforme a refusé le contenu&#xa0;: corrigez le dossier, puis renvoyez-le</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="407"/>
        <source>The platform refused the desk&apos;s credentials: sending paused until a supervisor gives new ones</source>
        <translation>La plateforme a refusé les identifiants du guichet&#xa0;: envois suspendus jusqu&apos;à ce qu&apos;un responsable en donne de nouveaux</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="409"/>
        <source>Too many requests: waiting as long as the platform asks</source>
        <translation>Trop de demandes&#xa0;: attente du délai demandé par la plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="410"/>
        <source>The platform&apos;s answer could not be read</source>
        <translation>La réponse de la plateforme est illisible</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="411"/>
        <source>This procedure is not (or no longer) open on the platform</source>
        <translation>Cette démarche n&apos;est pas (ou plus) ouverte sur la plateforme</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/pages/outbox.py" line="48"/>
        <source>Sending to the online platforms</source>
        <translation>Envois vers les plateformes en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="55"/>
        <source>To deal with by a person</source>
        <translation>À traiter par une personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="56"/>
        <source>On their way</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="57"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="58"/>
        <source>Sho&amp;w:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="60"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="68"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="68"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="68"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="68"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="68"/>
        <location filename="../../ui/pages/outbox.py" line="73"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="69"/>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="69"/>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="69"/>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="69"/>
        <source>Items to send</source>
        <translation>Éléments à envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="72"/>
        <location filename="../../ui/pages/outbox.py" line="74"/>
        <source>History of the selected item</source>
        <translation>Historique de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="73"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="73"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="80"/>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="81"/>
        <source>Try every waiting item at once, without waiting for the next try.</source>
        <translation>Essayer tout de suite chaque élément en attente, sans attendre le prochain essai.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="83"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Décider…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="85"/>
        <source>Supervisor: say what becomes of an item nobody can settle automatically.</source>
        <translation>Responsable&#xa0;: décider du sort d&apos;un élément que personne ne peut régler automatiquement.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="126"/>
        <source>{waiting} item(s) on their way, {person} to deal with by a person.</source>
        <translation>{waiting} élément(s) en cours d&apos;envoi, {person} à traiter par une personne.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="146"/>
        <source>Reference {ref}</source>
        <translation>Référence {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="195"/>
        <source>Sending {n} item(s) now…</source>
        <translation>Envoi immédiat de {n} élément(s)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="207"/>
        <source>Decision recorded.</source>
        <translation>Décision enregistrée.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="19"/>
        <source>Protected data</source>
        <translation>Données protégées</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="22"/>
        <source>This computer has no system keyring to protect the residents&apos; sensitive data. A supervisor chooses a passphrase now; it will be asked at each start. Keep it safe: without it, the protected data cannot be read.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système pour protéger les données sensibles des usagers. Un responsable choisit maintenant une phrase secrète&#xa0;; elle sera demandée à chaque démarrage. Conservez-la en lieu sûr&#xa0;: sans elle, les données protégées sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="25"/>
        <source>A supervisor&apos;s passphrase is needed to open the residents&apos; protected data.</source>
        <translation>La phrase secrète d&apos;un responsable est nécessaire pour ouvrir les données protégées des usagers.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="29"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="30"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="46"/>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="49"/>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PiecesReceivedDialog</name>
    <message>
        <location filename="../../ui/pieces_dialog.py" line="30"/>
        <source>Papers received for {reference}</source>
        <translation>Pièces reçues pour {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/pieces_dialog.py" line="35"/>
        <source>Not received yet</source>
        <translation>Pas encore reçue</translation>
    </message>
    <message>
        <location filename="../../ui/pieces_dialog.py" line="36"/>
        <source>Received: original seen</source>
        <translation>Reçue&#xa0;: original vu</translation>
    </message>
    <message>
        <location filename="../../ui/pieces_dialog.py" line="37"/>
        <source>Received: copy</source>
        <translation>Reçue&#xa0;: copie</translation>
    </message>
    <message>
        <location filename="../../ui/pieces_dialog.py" line="38"/>
        <source>{paper} (by {day})</source>
        <translation>{paper} (avant le {day})</translation>
    </message>
    <message>
        <location filename="../../ui/pieces_dialog.py" line="46"/>
        <source>Choose at least one paper received.</source>
        <translation>Choisissez au moins une pièce reçue.</translation>
    </message>
</context>
<context>
    <name>PiecesStep</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="639"/>
        <location filename="../../ui/dossier_wizard.py" line="640"/>
        <source>Papers</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="643"/>
        <source>For each paper, say whether the person handed it in (original seen, or a copy) or whether it is missing, and by when it must be brought.</source>
        <translation>Pour chaque pièce, dites si la personne l&apos;a remise (original vu, ou copie) ou si elle manque, et avant quand elle doit l&apos;apporter.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="670"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="671"/>
        <source>Handed in: original seen</source>
        <translation>Remise&#xa0;: original vu</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="672"/>
        <source>Handed in: copy</source>
        <translation>Remise&#xa0;: copie</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="673"/>
        <source>Missing: to bring later</source>
        <translation>Manquante&#xa0;: à apporter plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="675"/>
        <source>Not provided (optional)</source>
        <translation>Non fournie (facultative)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="676"/>
        <source>(optional)</source>
        <translation>(facultative)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="678"/>
        <source>(original to be shown)</source>
        <translation>(original à présenter)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="686"/>
        <source>To bring by</source>
        <translation>À apporter avant le</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="687"/>
        <source>To bring by: {paper}</source>
        <translation>À apporter avant le&#xa0;: {paper}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="719"/>
        <source>Say for each paper whether it was handed in or is missing.</source>
        <translation>Dites pour chaque pièce si elle a été remise ou si elle manque.</translation>
    </message>
</context>
<context>
    <name>ProcedureStep</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="246"/>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="247"/>
        <source>Which procedure?</source>
        <translation>Quelle démarche&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="252"/>
        <source>Search a &amp;procedure</source>
        <translation>Rechercher une &amp;démarche</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="253"/>
        <source>A few words: “carte identité”, “inscription école”… ↓ goes to the list.</source>
        <translation>Quelques mots&#xa0;: «&#xa0;carte identité&#xa0;», «&#xa0;inscription école&#xa0;»… ↓ va dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="255"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="256"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="261"/>
        <source>Procedures</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="313"/>
        <source>Recently used: {title}</source>
        <translation>Utilisée récemment&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="318"/>
        <source>No procedure matches. Try other words or another category.</source>
        <translation>Aucune démarche ne correspond. Essayez d&apos;autres mots ou une autre catégorie.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="329"/>
        <source>Choose a procedure in the list.</source>
        <translation>Choisissez une démarche dans la liste.</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../ui/resident_dialog.py" line="43"/>
        <source>New resident</source>
        <translation>Nouvel usager</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="43"/>
        <source>Edit the resident&apos;s file</source>
        <translation>Modifier la fiche de l&apos;usager</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="47"/>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="48"/>
        <source>&amp;Given names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="49"/>
        <source>&amp;Birth name</source>
        <translation>Nom de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="50"/>
        <source>If different from the family name (name before marriage).</source>
        <translation>S&apos;il diffère du nom de famille (nom avant le mariage).</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="51"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="52"/>
        <source>dd/mm/yyyy. Leave empty if the resident prefers not to say; the year alone is enough.</source>
        <translation>jj/mm/aaaa. Laissez vide si l&apos;usager préfère ne pas la donner&#xa0;; l&apos;année seule suffit.</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="53"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="54"/>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="55"/>
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="57"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="58"/>
        <source>P&amp;ostal code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="60"/>
        <source>Co&amp;mmune</source>
        <translation>Co&amp;mmune</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="61"/>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="62"/>
        <source>The resident has &amp;no phone</source>
        <translation>L&apos;usager n&apos;a pa&amp;s de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="63"/>
        <source>&amp;E-mail</source>
        <translation>C&amp;ourriel</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="64"/>
        <source>The resident has no e-mai&amp;l</source>
        <translation>L&apos;usager n&apos;a pas de courrie&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="65"/>
        <source>&amp;Preferred contact</source>
        <translation>Contact p&amp;référé</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="69"/>
        <source>La&amp;nguage</source>
        <translation>Lang&amp;ue</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="73"/>
        <source>Prefers documents in large p&amp;rint</source>
        <translation>Préfère les documents en &amp;gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="82"/>
        <source>Already known?</source>
        <translation>Déjà connu&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="86"/>
        <source>It is someone else: create the file &amp;anyway</source>
        <translation>C&apos;est quelqu&apos;un d&apos;autre&#xa0;: créer la fiche &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../ui/resident_dialog.py" line="175"/>
        <source>Open the file of {name}</source>
        <translation>Ouvrir la fiche de {name}</translation>
    </message>
</context>
<context>
    <name>ResidentFilePage</name>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="84"/>
        <source>← Back to the search</source>
        <translation>← Retour à la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="85"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="96"/>
        <source>New &amp;procedure…</source>
        <translation>&amp;Nouvelle démarche…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="97"/>
        <source>Start an assisted procedure for this resident (Ctrl+D).</source>
        <translation>Commencer une démarche assistée pour cet usager (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="98"/>
        <source>Record a &amp;visit…</source>
        <translation>Enregistrer un &amp;passage…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="99"/>
        <source>&amp;Start a visit (timer)</source>
        <translation>&amp;Démarrer un passage (minuteur)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="100"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="101"/>
        <source>Merge a duplicate…</source>
        <translation>Fusionner un doublon…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="102"/>
        <source>Supervisors: fold another file of the same person into this one.</source>
        <translation>Responsables&#xa0;: rattacher à cette fiche une autre fiche de la même personne.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="113"/>
        <source>E&amp;xport the resident&apos;s data…</source>
        <translation>E&amp;xporter les données de l&apos;usager…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="114"/>
        <source>Right of access: everything the desk holds, as a PDF and a JSON file.</source>
        <translation>Droit d&apos;accès&#xa0;: tout ce que le guichet conserve, en PDF et en fichier JSON.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="115"/>
        <source>Record an &amp;objection…</source>
        <translation>Noter une &amp;opposition…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="117"/>
        <source>The resident objects to the use of their data; a supervisor decides.</source>
        <translation>L&apos;usager s&apos;oppose à l&apos;utilisation de ses données&#xa0;; un responsable décide.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="118"/>
        <source>Erase (anon&amp;ymise)…</source>
        <translation>Effacer (anon&amp;ymiser)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="119"/>
        <source>Right to erasure: identity and profile are erased; anonymous statistics remain.</source>
        <translation>Droit à l&apos;effacement&#xa0;: identité et profil sont effacés&#xa0;; les statistiques anonymes restent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="131"/>
        <source>Sections of the file</source>
        <translation>Rubriques de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="138"/>
        <source>Identity and contact</source>
        <translation>Identité et contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="139"/>
        <source>Digital needs</source>
        <translation>Besoins numériques</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="141"/>
        <location filename="../../ui/pages/resident_file.py" line="180"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="141"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="141"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="141"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="141"/>
        <location filename="../../ui/pages/resident_file.py" line="181"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="142"/>
        <location filename="../../ui/pages/resident_file.py" line="143"/>
        <source>Visits</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="145"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="145"/>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="145"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="145"/>
        <source>Changed</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="145"/>
        <location filename="../../ui/pages/resident_file.py" line="146"/>
        <source>Procedures</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="161"/>
        <source>New &amp;assessment…</source>
        <translation>Nouvelle é&amp;valuation…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="162"/>
        <source>Record the &amp;consent…</source>
        <translation>Recueillir le &amp;consentement…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="163"/>
        <source>&amp;Withdraw the consent…</source>
        <translation>&amp;Retirer le consentement…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="164"/>
        <source>Print the consent &amp;form…</source>
        <translation>Imprimer le &amp;formulaire de consentement…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="165"/>
        <source>The form the resident signs, in two copies (a duplicate when it was already printed).</source>
        <translation>Le formulaire que la personne signe, en deux exemplaires (un duplicata s&apos;il a déjà été imprimé).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="180"/>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="180"/>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="181"/>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="181"/>
        <source>Assessment history</source>
        <translation>Historique des évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="223"/>
        <source>Born {date}</source>
        <translation>Né(e) le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="223"/>
        <source>Date of birth not given</source>
        <translation>Date de naissance non communiquée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="225"/>
        <source>Large print documents</source>
        <translation>Documents en gros caractères</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="226"/>
        <source>Prefers: {channel}</source>
        <translation>Contact préféré&#xa0;: {channel}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="229"/>
        <source>Family name: {v}</source>
        <translation>Nom de famille&#xa0;: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="230"/>
        <source>Given names: {v}</source>
        <translation>Prénoms&#xa0;: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="231"/>
        <source>Birth name: {v}</source>
        <translation>Nom de naissance&#xa0;: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="232"/>
        <source>Address: {v}</source>
        <translation>Adresse&#xa0;: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="234"/>
        <source>Phone: {v}</source>
        <translation>Téléphone&#xa0;: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="234"/>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="235"/>
        <source>E-mail: {v}</source>
        <translation>Courriel&#xa0;: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="235"/>
        <source>no e-mail</source>
        <translation>pas de courriel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="236"/>
        <source>Language: {v}</source>
        <translation>Langue&#xa0;: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="242"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="245"/>
        <source>Visits ({n})</source>
        <translation>Passages ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="247"/>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="249"/>
        <source>Procedures ({n})</source>
        <translation>Démarches ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="254"/>
        <source>Consent to record health, language or reading difficulties: given on {date}.</source>
        <translation>Consentement pour noter les difficultés de santé, de langue ou de lecture&#xa0;: donné le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="257"/>
        <source>Consent withdrawn on {date}: those difficulties were erased.</source>
        <translation>Consentement retiré le {date}&#xa0;: ces difficultés ont été effacées.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="260"/>
        <source>No consent recorded: health, language and reading difficulties are not noted.</source>
        <translation>Aucun consentement recueilli&#xa0;: les difficultés de santé, de langue et de lecture ne sont pas notées.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="269"/>
        <source>Latest assessment ({date}): {autonomy}. Internet: {internet}. E-mail: {email}. FranceConnect: {fc}.</source>
        <translation>Dernière évaluation ({date})&#xa0;: {autonomy}. Internet&#xa0;: {internet}. E-mail&#xa0;: {email}. FranceConnect&#xa0;: {fc}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="272"/>
        <source>autonomy not assessed</source>
        <translation>autonomie non évaluée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="273"/>
        <location filename="../../ui/pages/resident_file.py" line="274"/>
        <location filename="../../ui/pages/resident_file.py" line="275"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="273"/>
        <location filename="../../ui/pages/resident_file.py" line="274"/>
        <location filename="../../ui/pages/resident_file.py" line="275"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="273"/>
        <location filename="../../ui/pages/resident_file.py" line="274"/>
        <location filename="../../ui/pages/resident_file.py" line="275"/>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="279"/>
        <source>Autonomy over time: {steps}</source>
        <translation>Autonomie au fil du temps&#xa0;: {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="282"/>
        <source>No assessment yet.</source>
        <translation>Pas encore d&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="285"/>
        <source>Health, language and reading difficulties are shown to mediators and supervisors only.</source>
        <translation>Les difficultés liées à la santé, à la langue ou à la lecture ne sont visibles que des médiateurs et des responsables.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="290"/>
        <source>(sensitive items erased)</source>
        <translation>(éléments sensibles effacés)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="306"/>
        <source>Record the consent</source>
        <translation>Recueillir le consentement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="307"/>
        <source>Has {name} agreed, explicitly and freely, that the desk notes their health, language or reading difficulties to help them? They can withdraw this consent at any time.</source>
        <translation>{name} a-t-il ou a-t-elle accepté, librement et explicitement, que le guichet note ses difficultés de santé, de langue ou de lecture pour mieux l&apos;aider&#xa0;? Ce consentement peut être retiré à tout moment.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="316"/>
        <source>Withdraw the consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="317"/>
        <source>Withdraw the consent of {name}? The health, language and reading difficulties already noted will be erased; only the date of the withdrawal is kept.</source>
        <translation>Retirer le consentement de {name}&#xa0;? Les difficultés de santé, de langue et de lecture déjà notées seront effacées&#xa0;; seule la date du retrait est conservée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="339"/>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="340"/>
        <source>The consent is recorded. Print the consent form now? It has two copies to sign: one for the resident, one for the town hall.</source>
        <translation>Le consentement est enregistré. Imprimer le formulaire de consentement maintenant&#xa0;? Il a deux exemplaires à signer&#xa0;: un pour la personne, un pour la mairie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="376"/>
        <source>Where to save the resident&apos;s data</source>
        <translation>Où enregistrer les données de l&apos;usager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="392"/>
        <source>Saved: {path} (and the same in JSON).</source>
        <translation>Enregistré&#xa0;: {path} (et la même chose en JSON).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="398"/>
        <source>Record an objection</source>
        <translation>Noter une opposition</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="399"/>
        <source>Does {name} object to the desk using their data? The objection is recorded now; a supervisor decides on it and answers within one month.</source>
        <translation>{name} s&apos;oppose-t-il ou elle à l&apos;utilisation de ses données par le guichet&#xa0;? L&apos;opposition est notée maintenant&#xa0;; un responsable la tranche et répond dans un délai d&apos;un mois.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="402"/>
        <source>Objection recorded: a supervisor will decide on it.</source>
        <translation>Opposition notée&#xa0;: un responsable la tranchera.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="407"/>
        <source>Erase the resident</source>
        <translation>Effacer l&apos;usager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="408"/>
        <source>Erase {name}? Their identity, contact details and digital-needs profile are erased for good; their visits remain, without their name, for the anonymous statistics. This cannot be undone.</source>
        <translation>Effacer {name}&#xa0;? Son identité, ses coordonnées et son profil de besoins numériques sont effacés définitivement&#xa0;; ses passages restent, sans son nom, pour les statistiques anonymes. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resident_file.py" line="413"/>
        <source>The resident was anonymised.</source>
        <translation>L&apos;usager a été anonymisé.</translation>
    </message>
</context>
<context>
    <name>ResidentStep</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="112"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="113"/>
        <source>Who is the procedure for?</source>
        <translation>Pour qui est la démarche&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="120"/>
        <source>&amp;Search a resident</source>
        <translation>&amp;Rechercher un usager</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="121"/>
        <source>Name, date of birth, phone or postal code. ↓ goes to the results.</source>
        <translation>Nom, date de naissance, téléphone ou code postal. ↓ va dans les résultats.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="125"/>
        <source>Residents found</source>
        <translation>Usagers trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="131"/>
        <source>&amp;Anonymous person (no name recorded)</source>
        <translation>Personne &amp;anonyme (aucun nom enregistré)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="132"/>
        <source>New r&amp;esident…</source>
        <translation>&amp;Nouvel usager…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="147"/>
        <source>Type a name, or tick “Anonymous person”.</source>
        <translation>Tapez un nom, ou cochez «&#xa0;Personne anonyme&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="193"/>
        <source>{n} resident(s) found. Enter chooses the selected one.</source>
        <translation>{n} usager(s) trouvé(s). Entrée choisit celui qui est sélectionné.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="195"/>
        <source>Nobody found. Register a new resident, or tick “Anonymous person”.</source>
        <translation>Personne n&apos;a été trouvé. Enregistrez un nouvel usager, ou cochez «&#xa0;Personne anonyme&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="216"/>
        <source>Chosen: {name}.</source>
        <translation>Choisi&#xa0;: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="235"/>
        <source>Choose a resident in the list, register a new one, or tick “Anonymous person”.</source>
        <translation>Choisissez un usager dans la liste, enregistrez-en un nouveau, ou cochez «&#xa0;Personne anonyme&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ResidentsFlow</name>
    <message>
        <location filename="../../ui/residents_flow.py" line="74"/>
        <source>anonymous person</source>
        <translation>personne anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/residents_flow.py" line="163"/>
        <source>Visit in progress: {name}, {n} min</source>
        <translation>Passage en cours&#xa0;: {name}, {n}&#xa0;min</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../ui/pages/residents.py" line="36"/>
        <source>Residents</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="38"/>
        <source>Search a resident</source>
        <translation>Rechercher un usager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="39"/>
        <source>Name, date of birth, phone or postal code</source>
        <translation>Nom, date de naissance, téléphone ou code postal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="46"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="46"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="46"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="47"/>
        <source>Residents found</source>
        <translation>Usagers trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="52"/>
        <source>&amp;New resident…</source>
        <translation>&amp;Nouvel usager…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="53"/>
        <source>Visit without a &amp;name…</source>
        <translation>Passage sans no&amp;m…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="54"/>
        <source>Record the visit of someone who does not want to give their name.</source>
        <translation>Enregistrer le passage d&apos;une personne qui ne souhaite pas donner son nom.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="96"/>
        <source>Type at least one letter or digit. ↓ goes to the results, Enter opens the file.</source>
        <translation>Tapez au moins une lettre ou un chiffre. ↓ va aux résultats, Entrée ouvre la fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="127"/>
        <source>{n} resident(s) found. Enter opens the first one.</source>
        <translation>{n} usager(s) trouvé(s). Entrée ouvre le premier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="129"/>
        <source>More than {n} residents found: type more to narrow down.</source>
        <translation>Plus de {n} usagers trouvés&#xa0;: tapez la suite pour affiner.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/residents.py" line="131"/>
        <source>Nobody found. Check the spelling, or register a new resident.</source>
        <translation>Personne trouvé. Vérifiez l&apos;orthographe, ou enregistrez un nouvel usager.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/pages/outbox.py" line="220"/>
        <source>Decide about item No. {n}</source>
        <translation>Décider de l&apos;élément n°&#xa0;{n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="222"/>
        <source>{what} for dossier {dossier}. {why}</source>
        <translation>{what} pour le dossier {dossier}. {why}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="228"/>
        <source>The platform &amp;received it (checked there)</source>
        <translation>La plateforme l&apos;a bien &amp;reçu (vérifié sur place)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="229"/>
        <source>Send it a&amp;gain (a duplicate is possible)</source>
        <translation>Le ren&amp;voyer (un doublon est possible)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="230"/>
        <source>A&amp;bandon it</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="234"/>
        <source>Re&amp;ference on the platform:</source>
        <translation>Ré&amp;férence sur la plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="235"/>
        <source>For example the dossier number shown on the platform.</source>
        <translation>Par exemple le numéro de dossier affiché sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="237"/>
        <source>Reas&amp;on for abandoning:</source>
        <translation>M&amp;otif de l&apos;abandon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/outbox.py" line="238"/>
        <source>Kept in the item&apos;s history, not in the journal.</source>
        <translation>Conservé dans l&apos;historique de l&apos;élément, pas dans le journal.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="741"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="742"/>
        <source>Check before submitting</source>
        <translation>Vérifier avant de déposer</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="745"/>
        <source>Summary of the request</source>
        <translation>Résumé de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="756"/>
        <source>Implicit decision: the delay starts when the missing papers arrive.</source>
        <translation>Décision implicite&#xa0;: le délai commence à l&apos;arrivée des pièces manquantes.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="759"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="759"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="760"/>
        <source>Without an answer by {day}, the request will be {meaning}.</source>
        <translation>Sans réponse le {day}, la demande sera {meaning}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="764"/>
        <source>To complete online by the person: {items}</source>
        <translation>À compléter en ligne par la personne&#xa0;: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="773"/>
        <source>&amp;Register the request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="775"/>
        <source>&amp;Send to Démarche Numérique</source>
        <translation>&amp;Envoyer à Démarche Numérique</translation>
    </message>
</context>
<context>
    <name>RevisionChanges</name>
    <message>
        <location filename="../../ui/texts.py" line="196"/>
        <source>New field: {label}</source>
        <translation>Nouvelle question&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="197"/>
        <source>Field removed: {label}</source>
        <translation>Question retirée&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="198"/>
        <source>Field changed: {label} ({what})</source>
        <translation>Question modifiée&#xa0;: {label} ({what})</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="201"/>
        <source>wording</source>
        <translation>formulation</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="202"/>
        <source>kind of answer</source>
        <translation>type de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="203"/>
        <source>now required</source>
        <translation>devenue obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="204"/>
        <source>now optional</source>
        <translation>devenue facultative</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="205"/>
        <source>choices</source>
        <translation>choix proposés</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="206"/>
        <source>help text</source>
        <translation>texte d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="207"/>
        <source>when it is asked</source>
        <translation>quand elle est posée</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/texts.py" line="278"/>
        <source>Front-desk agent</source>
        <translation>Agent d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="279"/>
        <source>Digital mediator</source>
        <translation>Médiateur numérique</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="280"/>
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
    <name>SiteStep</name>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="826"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="827"/>
        <source>On the site</source>
        <translation>Sur le site</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="844"/>
        <source>&amp;Open the site</source>
        <translation>&amp;Ouvrir le site</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="845"/>
        <source>Copy the &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="852"/>
        <source>The site opens in a private window of the computer&apos;s usual browser when that browser allows it (Edge, Chrome, Firefox, Brave, Vivaldi, Opera). Otherwise it opens in a normal window: for a private one, copy the link and paste it into a private window (Ctrl+Shift+N in Chrome and Edge, Ctrl+Shift+P in Firefox).</source>
        <translation>Le site s&apos;ouvre dans une fenêtre privée du navigateur habituel de l&apos;ordinateur quand ce navigateur le permet (Edge, Chrome, Firefox, Brave, Vivaldi, Opera). Sinon il s&apos;ouvre dans une fenêtre normale&#xa0;: pour une fenêtre privée, copiez le lien et collez-le dans une fenêtre privée (Ctrl+Maj+N dans Chrome et Edge, Ctrl+Maj+P dans Firefox).</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="858"/>
        <source>⚠ Remember to sign out of the site at the end, and to close the browser.</source>
        <translation>⚠ Pensez à vous déconnecter du site à la fin, et à fermer le navigateur.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="863"/>
        <source>&amp;Reference given by the site</source>
        <translation>&amp;Référence donnée par le site</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="865"/>
        <source>Da&amp;te</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="868"/>
        <source>&amp;What was done (one line each)</source>
        <translation>Ce qui a été &amp;fait (une ligne par action)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="882"/>
        <source>What the person needs:</source>
        <translation>Ce dont la personne a besoin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="893"/>
        <source>Procedure done on the site with the person</source>
        <translation>Démarche faite sur le site avec la personne</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="904"/>
        <source>Link copied: paste it into a private window of the browser.</source>
        <translation>Lien copié&#xa0;: collez-le dans une fenêtre privée du navigateur.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_wizard.py" line="907"/>
        <source>R&amp;ecord and print the receipt</source>
        <translation>Enregistrer et &amp;imprimer le récépissé</translation>
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
    <name>TokenDialog</name>
    <message>
        <location filename="../../ui/dn_token_dialog.py" line="30"/>
        <source>Démarche Numérique administrator token</source>
        <translation>Jeton administrateur Démarche Numérique</translation>
    </message>
    <message>
        <location filename="../../ui/dn_token_dialog.py" line="33"/>
        <source>With this token the desk follows its dossiers in detail: the platform&apos;s dates and the reason for each decision. An administrator of the démarche creates it on Démarche Numérique (profile, API tokens): read-only, limited to the town hall&apos;s démarches and its network address if possible. It stays in this computer&apos;s password safe, never in the database.</source>
        <translation>Avec ce jeton, le guichet suit ses dossiers en détail&#xa0;: les dates de la plateforme et le motif de chaque décision. Un administrateur de la démarche le crée sur Démarche Numérique (profil, jetons d&apos;API)&#xa0;: en lecture seule, limité aux démarches de la mairie et si possible à son adresse réseau. Il reste dans le coffre-fort de mots de passe de cet ordinateur, jamais dans la base.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_token_dialog.py" line="39"/>
        <source>A token is saved on this computer.</source>
        <translation>Un jeton est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_token_dialog.py" line="40"/>
        <source>No token is saved on this computer.</source>
        <translation>Aucun jeton n&apos;est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_token_dialog.py" line="43"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dn_token_dialog.py" line="44"/>
        <source>Paste the token; it is not shown.</source>
        <translation>Collez le jeton&#xa0;; il ne s&apos;affiche pas.</translation>
    </message>
    <message>
        <location filename="../../ui/dn_token_dialog.py" line="46"/>
        <source>&amp;Forget the token</source>
        <translation>&amp;Oublier le jeton</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="39"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="40"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="41"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/pages/verify.py" line="44"/>
        <source>Verify a document</source>
        <translation>Vérifier un document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="45"/>
        <source>Type the code printed under the QR code (for example K7F3-9QX2-M4AB), or scan the QR code, then press Enter.</source>
        <translation>Tapez le code imprimé sous le QR code (par exemple K7F3-9QX2-M4AB), ou scannez le QR code, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="50"/>
        <source>Code of the document</source>
        <translation>Code du document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="54"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="62"/>
        <source>Re&amp;print (duplicate)…</source>
        <translation>Réim&amp;primer (duplicata)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="63"/>
        <source>Print this document again, marked DUPLICATA with today&apos;s date.</source>
        <translation>Imprimer à nouveau ce document, marqué DUPLICATA avec la date du jour.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="111"/>
        <source>✔ Genuine: this document was issued by the desk.</source>
        <translation>✔ Authentique&#xa0;: ce document a bien été émis par le guichet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="113"/>
        <source>✘ Altered: this paper does not match the record kept by the desk. Do not rely on it; tell a supervisor.</source>
        <translation>✘ Altéré&#xa0;: ce papier ne correspond pas à l&apos;enregistrement conservé par le guichet. Ne vous y fiez pas&#xa0;; prévenez un responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="116"/>
        <source>? Unknown: no document issued by this desk carries this code. Check what you typed.</source>
        <translation>? Inconnu&#xa0;: aucun document émis par ce guichet ne porte ce code. Vérifiez la saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="122"/>
        <source>Document: {kind}</source>
        <translation>Document&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="123"/>
        <source>Number: {number}</source>
        <translation>Numéro&#xa0;: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify.py" line="124"/>
        <source>Issued on {date}</source>
        <translation>Émis le {date}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="36"/>
        <source>anonymous person</source>
        <translation>personne anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="37"/>
        <source>Visit of {who}</source>
        <translation>Passage de {who}</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="37"/>
        <source>End the visit of {who}</source>
        <translation>Terminer le passage de {who}</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="41"/>
        <source>&amp;What was it about?</source>
        <translation>De &amp;quoi s&apos;agissait-il&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="42"/>
        <source>Tick one or more themes with the space bar.</source>
        <translation>Cochez un ou plusieurs thèmes avec la barre d&apos;espace.</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="50"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="51"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="54"/>
        <source>&amp;Referred to</source>
        <translation>&amp;Orienté vers</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="55"/>
        <source>— not referred —</source>
        <translation>— pas d&apos;orientation —</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="58"/>
        <source>&amp;Duration (minutes)</source>
        <translation>&amp;Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="61"/>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../ui/vocab.py" line="11"/>
        <source>Paper mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="12"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="13"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="15"/>
        <source>At the desk</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="16"/>
        <source>At home</source>
        <translation>À domicile</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="18"/>
        <source>Papers, citizenship, elections</source>
        <translation>Papiers, citoyenneté, élections</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="19"/>
        <source>Family, school</source>
        <translation>Famille, scolarité</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="20"/>
        <source>Social benefits, health</source>
        <translation>Social, santé</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="21"/>
        <source>Work, training</source>
        <translation>Travail, formation</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="22"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="23"/>
        <source>Transport, mobility</source>
        <translation>Transports, mobilité</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="24"/>
        <source>Money, taxes, consumer affairs</source>
        <translation>Argent, impôts, consommation</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="25"/>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="26"/>
        <source>Foreigners, Europe</source>
        <translation>Étrangers, Europe</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="27"/>
        <source>Leisure, sport, culture</source>
        <translation>Loisirs, sport, culture</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="29"/>
        <source>Digital skills check</source>
        <translation>Diagnostic numérique</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="30"/>
        <source>Getting started with a device</source>
        <translation>Prendre en main un appareil</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="31"/>
        <source>Device maintenance</source>
        <translation>Entretien du matériel</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="32"/>
        <source>Managing files and photos</source>
        <translation>Gérer ses fichiers et photos</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="33"/>
        <source>Browsing the internet</source>
        <translation>Naviguer sur internet</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="34"/>
        <source>E-mail account</source>
        <translation>Boîte e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="35"/>
        <source>Office software</source>
        <translation>Bureautique</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="36"/>
        <source>Social networks</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="37"/>
        <source>Online health services</source>
        <translation>Santé en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="38"/>
        <source>Online banking and shopping</source>
        <translation>Banque et achats en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="39"/>
        <source>Job seeking</source>
        <translation>Recherche d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="40"/>
        <source>Staying safe online</source>
        <translation>Sécurité en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="41"/>
        <source>Parenting and screens</source>
        <translation>Parentalité et écrans</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="42"/>
        <source>School and digital tools</source>
        <translation>Scolarité et numérique</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="43"/>
        <source>Digital culture</source>
        <translation>Culture numérique</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="44"/>
        <source>Learning to do procedures online</source>
        <translation>Apprendre à faire ses démarches en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="46"/>
        <source>Done</source>
        <translation>Démarche terminée</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="47"/>
        <source>To be finished by the resident</source>
        <translation>À finir par l&apos;usager</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="48"/>
        <source>Must come back</source>
        <translation>Doit revenir</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="49"/>
        <source>Referred to another organisation</source>
        <translation>Orienté vers une autre structure</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="51"/>
        <source>Administration (town hall, prefecture…)</source>
        <translation>Administration (mairie, préfecture…)</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="52"/>
        <source>Another digital mediation place</source>
        <translation>Autre lieu de médiation numérique</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="53"/>
        <source>Body in charge of the procedure (CAF, tax office…)</source>
        <translation>Organisme en charge de la démarche (CAF, impôts…)</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="54"/>
        <source>Social help (CCAS, social centre…)</source>
        <translation>Aide sociale (CCAS, centre social…)</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="55"/>
        <source>Job support (France Travail, mission locale…)</source>
        <translation>Insertion professionnelle (France Travail, mission locale…)</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="56"/>
        <source>Help with procedures (France Services…)</source>
        <translation>Aide aux démarches (France Services…)</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="57"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="59"/>
        <source>No device</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="60"/>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="61"/>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="62"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="64"/>
        <source>Needs to be guided</source>
        <translation>A besoin d&apos;être guidé</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="65"/>
        <source>Autonomous with occasional help</source>
        <translation>Autonome avec une aide ponctuelle</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="66"/>
        <source>Autonomous</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="68"/>
        <source>Reading or writing</source>
        <translation>Lire ou écrire</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="69"/>
        <source>French language</source>
        <translation>Langue française</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="70"/>
        <source>Sight</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="71"/>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="72"/>
        <source>Moving or using the hands</source>
        <translation>Se déplacer ou utiliser ses mains</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="73"/>
        <source>Memory or understanding</source>
        <translation>Mémoire ou compréhension</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="74"/>
        <source>Administrative difficulty</source>
        <translation>Difficulté administrative</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="75"/>
        <source>Isolation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <location filename="../../ui/vocab.py" line="76"/>
        <source>Other difficulty</source>
        <translation>Autre difficulté</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="87"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="103"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="104"/>
        <source>Residents</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="106"/>
        <source>Verify a document</source>
        <translation>Vérifier un document</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="107"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="108"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="109"/>
        <source>Procedures</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="110"/>
        <source>Sending</source>
        <translation>Envois</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="111"/>
        <source>Access to files</source>
        <translation>Consultations des fiches</translation>
    </message>
</context>
</TS>
