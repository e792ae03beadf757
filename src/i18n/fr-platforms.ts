/**
 * French strings of the chat platforms and of the invite-link checks, merged
 * into the site's French dictionary. Per platform: `name` (badge and messages),
 * `hint` (how to join), `privacy` (what other members see of you), `shape`
 * (the expected link, quoted in error messages). `{placeholders}` are filled by
 * `lib/platforms.ts`.
 */
export default {
  'platform.whatsapp.name': 'WhatsApp',
  'platform.whatsapp.hint': 'Installez WhatsApp, puis touchez le lien : WhatsApp propose de rejoindre le groupe ou de suivre la chaîne.',
  'platform.whatsapp.privacy':
    'Dans un groupe, tous les membres voient votre numéro de téléphone, votre nom de profil et, selon vos réglages, votre photo. Dans une chaîne, ni les admins ni les autres abonnés ne voient votre numéro.',
  'platform.whatsapp.shape': 'https://chat.whatsapp.com/… (groupe) ou https://whatsapp.com/channel/… (chaîne)',

  'platform.signal.name': 'Signal',
  'platform.signal.hint':
    'Installez Signal, puis touchez le lien : Signal propose de rejoindre le groupe. Si le groupe demande une approbation, un admin validera votre demande.',
  'platform.signal.privacy':
    'Les membres voient votre nom de profil et votre photo. Depuis 2024, votre numéro peut rester caché (réglage « Qui peut voir mon numéro ») : seules les personnes qui l’ont déjà dans leurs contacts le voient.',
  'platform.signal.shape': 'https://signal.group/#…',

  'platform.matrix.name': 'Matrix',
  'platform.matrix.hint':
    'Touchez le lien : une page vous propose une application Matrix (Element, par exemple). Créez un compte sur le serveur de votre choix, puis rejoignez le salon.',
  'platform.matrix.privacy':
    'Les membres du salon voient votre identifiant Matrix (@nom:serveur), votre nom d’affichage et votre avatar, mais ni votre numéro ni votre adresse e-mail.',
  'platform.matrix.shape': 'https://matrix.to/#/#nom-du-salon:serveur.org',

  'platform.telegram.name': 'Telegram',
  'platform.telegram.hint': 'Installez Telegram, puis touchez le lien : Telegram propose de rejoindre le groupe ou la chaîne.',
  'platform.telegram.privacy':
    'Les membres voient votre nom, votre photo et votre nom d’utilisateur si vous en avez un. Votre numéro ne leur est visible que si votre réglage de confidentialité « Numéro de téléphone » le permet.',
  'platform.telegram.shape': 'https://t.me/+…, https://t.me/joinchat/…, https://t.me/addlist/… ou https://t.me/nom_public',

  'platform.discord.name': 'Discord',
  'platform.discord.hint':
    'Touchez le lien : il ouvre Discord (application ou navigateur) et propose de rejoindre le serveur. Un compte Discord est nécessaire.',
  'platform.discord.privacy':
    'Les membres du serveur voient votre nom d’utilisateur, votre pseudo, votre avatar et votre profil, mais ni votre numéro ni votre adresse e-mail.',
  'platform.discord.shape': 'https://discord.gg/… ou https://discord.com/invite/…',

  'platform.mattermost.name': 'Mattermost',
  'platform.mattermost.hint':
    'Touchez le lien : il s’ouvre dans le navigateur. Créez votre compte sur le serveur Mattermost (ou connectez-vous), puis installez l’application si vous le souhaitez.',
  'platform.mattermost.privacy':
    'Les membres voient votre nom d’utilisateur, votre nom et votre photo ; selon la configuration du serveur, ils peuvent aussi voir votre adresse e-mail.',
  'platform.mattermost.shape': 'https://votre-serveur/signup_user_complete/?id=… ou https://votre-serveur/equipe/channels/canal',

  'platform.zulip.name': 'Zulip',
  'platform.zulip.hint':
    'Touchez le lien : il s’ouvre dans le navigateur. Créez votre compte dans l’organisation Zulip, puis utilisez le site ou l’application Zulip.',
  'platform.zulip.privacy':
    'Les membres voient votre nom et votre photo ; votre adresse e-mail leur est visible ou non selon vos réglages et ceux de l’organisation.',
  'platform.zulip.shape': 'https://organisation.zulipchat.com/join/…/ ou https://votre-serveur/join/…/',

  'platform.slack.name': 'Slack',
  'platform.slack.hint':
    'Touchez le lien : il s’ouvre dans le navigateur. Créez votre compte dans l’espace de travail Slack, puis utilisez le site ou l’application Slack.',
  'platform.slack.privacy':
    'Les membres de l’espace de travail voient votre nom, votre photo et votre profil, et souvent votre adresse e-mail, selon les réglages de l’espace.',
  'platform.slack.shape': 'https://join.slack.com/t/espace/shared_invite/… ou https://espace.slack.com/…',

  'platform.email.name': 'E-mail',
  'platform.email.hint': 'Touchez le lien : votre messagerie ouvre un nouveau message adressé à la liste.',
  'platform.email.privacy':
    'Selon les réglages de la liste, les autres abonnés voient votre adresse e-mail dans les messages que vous envoyez, et parfois dans la liste des abonnés.',
  'platform.email.shape': 'mailto:liste@exemple.org',

  'platform.other.name': 'Autre',
  'platform.other.hint': 'Touchez le lien : il s’ouvre dans votre navigateur.',
  'platform.other.privacy': 'Ce que les autres voient de vous dépend du service : demandez aux admins du groupe.',
  'platform.other.shape': 'https://…',

  'platform.error.empty': 'Indiquez le lien d’invitation.',
  'platform.error.whitespace': 'Retirez les espaces ou les retours à la ligne au début ou à la fin du lien.',
  'platform.error.dangerous-scheme':
    'Ce lien commence par « {scheme}: », ce qui n’est pas autorisé : seuls les liens https:// (et mailto: pour une liste e-mail) sont acceptés.',
  'platform.error.not-https': 'Le lien doit commencer par https:// (en minuscules). Forme attendue : {shape}',
  'platform.error.not-mailto': 'Une liste e-mail s’indique par son adresse précédée de mailto:. Forme attendue : {shape}',
  'platform.error.wrong-shape': 'Ce lien ne ressemble pas à un lien d’invitation {platform}. Forme attendue : {shape}',
  'platform.error.other-platform': 'Ce lien est un lien {detected}, mais la plateforme choisie est {platform}.',
} as const;
